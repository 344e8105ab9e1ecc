# float.hex() and float.fromhex(): exact hex forms (13 digits, subnormals
# as 0x0.…p-1022), correct rounding, inf/nan, syntax errors, overflow.
tests=['0x1.8p1','-0x1p-1074','x','0x1p-1075','0x3p-1076','0x1p1024','0x1.fffffffffffff8p1023','0x1.fffffffffffff7ffp1023',' 0X1.P0 ','1','1.','.8','0x.8','0x','0x.','0xp1','inf','-Infinity','nan',' -nAn ','0x1p','0x1p+','0x1p99999999999999999999','0x0p99999999999999999999','0x1p-99999999999999999999','1_0','0x1.0000000000000ap0', '0x1.00000000000008p0','0x1.00000000000018p0','0x1.000000000000080000001p0', '', '-', '0x1.5p-1030', '0x10p-1080','+0x0.0p+0','-0x0p0','0x1 2','\u00a00x1', '0x0.000001p-1050', '00.0100p4', '0x1.fffffffffffffp1023', '0x.0000000000000000000001p+100', 'infx', 'in', '0x1.8p-1074', '0x1.80000000000001p-1074', '0x2.8p-1075']
for t in tests:
    try: print(repr(t), float.fromhex(t))
    except Exception as e: print(repr(t), type(e).__name__, e)
for v in [0.0,-0.0,1.0,-0.1,1e300,5e-324,2.0**-1022,float('inf'),float('nan'),-float('inf'),123.456, 1/3, 2.0**-1030, 1.7976931348623157e308]:
    print(v.hex(), float.fromhex(v.hex()) == v or v != v)
for a in [5, b'0x1', None]:
    try: float.fromhex(a)
    except Exception as e: print(type(e).__name__, e)
class F(float): pass
print(type(F.fromhex('0x1p1')).__name__, F.fromhex('0x1p1'))
try: (1.0).hex(1)
except Exception as e: print(type(e).__name__, e)

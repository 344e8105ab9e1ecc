big = 1234567890
print(f"{big:,}")
print(f"{big:_}")
print(f"{big:,.2f}")
print(f"{-9876543.219:,.1f}")
print(f"{0xdeadbeef:_x}")
print(f"{999:,} {1000:,}")
print(f"{big:>20,}")

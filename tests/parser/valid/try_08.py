try: pass
except: pass

x = """tri"ple" 'q'"""

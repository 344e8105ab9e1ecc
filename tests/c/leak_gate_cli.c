// leak_gate_cli.c — the native CLI (core/main.c) compiled into
// test_leak_gate under another name, so the test can run the real CLI's
// leak gate in-process (tests/c/test_leak_gate.c).
#define main refscope_cli_main
#include "../../core/main.c"

/* Port of wasi-testsuite AssemblyScript test proc_exit-success: proc_exit(0) stops execution before the trap below. */
#include "wasi4j_test.h"

int main(void) {
    __wasi_proc_exit(0);
    __builtin_trap(); /* never reached */
}

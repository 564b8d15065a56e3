/* Port of wasi-testsuite AssemblyScript test proc_exit-failure: proc_exit(33) ends the program with status 33. */
#include "wasi4j_test.h"

int main(void) {
    __wasi_proc_exit(33);
    __builtin_trap(); /* never reached */
}

/* Port of wasi-testsuite C test sock_shutdown-not_sock: shutting down stdout gives ENOTSOCK. */
#include <sys/socket.h>
#include <unistd.h>
#include "wasi4j_test.h"

int main(void) {
    errno = 0;
    CHECK(shutdown(STDOUT_FILENO, SHUT_RD) != 0);
    CHECK_ERRNO(errno, ENOTSOCK);

    CHECK_ERRNO(__wasi_sock_shutdown(1, __WASI_SDFLAGS_RD), __WASI_ERRNO_NOTSOCK);
    return 0;
}

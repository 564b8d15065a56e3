/* Port of wasi-testsuite C test sock_shutdown-invalid_fd (nothing preopened, so fd 3 is not open). */
#include <sys/socket.h>
#include "wasi4j_test.h"

int main(void) {
    errno = 0;
    CHECK(shutdown(3, SHUT_RD) != 0);
    CHECK_ERRNO(errno, EBADF);

    CHECK_ERRNO(__wasi_sock_shutdown(3, __WASI_SDFLAGS_RD), __WASI_ERRNO_BADF);
    return 0;
}

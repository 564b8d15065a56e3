/* fd_datasync (like fdatasync): the checks of sync_checks.h with FD_DATASYNC. */
#include "sync_checks.h"

static int op(__wasi_fd_t fd) { return __wasi_fd_datasync(fd); }

int main(void) { return sync_checks("fd_datasync.cleanup", op, R(FD_DATASYNC)); }

/* fd_sync (like fsync): the checks of sync_checks.h with FD_SYNC. */
#include "sync_checks.h"

static int op(__wasi_fd_t fd) { return __wasi_fd_sync(fd); }

int main(void) { return sync_checks("fd_sync.cleanup", op, R(FD_SYNC)); }

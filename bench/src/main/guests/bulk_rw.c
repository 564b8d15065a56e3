/*
 * bulk_rw <chunks> <chunk_size>: creates bulk.bin in the sandbox, writes <chunks> chunks of
 * <chunk_size> bytes with one fd_write each, seeks back to the start and reads them back with one
 * fd_read each. Each chunk carries its index in its first and last 8 bytes, checked on the way back.
 */
#include "bench_guest.h"

static void stamp(uint8_t *chunk, long size, uint64_t value) {
  memcpy(chunk, &value, 8);
  memcpy(chunk + size - 8, &value, 8);
}

static int stamped(const uint8_t *chunk, long size, uint64_t value) {
  return memcmp(chunk, &value, 8) == 0 && memcmp(chunk + size - 8, &value, 8) == 0;
}

int main(int argc, char **argv) {
  long chunks = arg_count(argc, argv, 1);
  long size = arg_count(argc, argv, 2);
  if (size < 16) {
    fail("chunk size below 16", size);
  }
  uint8_t *chunk = malloc((size_t)size);
  if (chunk == NULL) {
    fail("malloc", size);
  }
  for (long i = 0; i < size; i++) {
    chunk[i] = (uint8_t)i;
  }
  __wasi_fd_t fd;
  check("path_open bulk.bin",
        __wasi_path_open(sandbox_fd(), 0, "bulk.bin", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_TRUNC,
                         FILE_READ_RIGHTS | FILE_WRITE_RIGHTS, 0, 0, &fd));
  __wasi_ciovec_t out = {chunk, (size_t)size};
  for (long i = 0; i < chunks; i++) {
    stamp(chunk, size, (uint64_t)i);
    __wasi_size_t written;
    check("fd_write", __wasi_fd_write(fd, &out, 1, &written));
    if (written != (__wasi_size_t)size) {
      fail("short fd_write", written);
    }
  }
  __wasi_filesize_t position;
  check("fd_seek", __wasi_fd_seek(fd, 0, __WASI_WHENCE_SET, &position));
  __wasi_iovec_t in = {chunk, (size_t)size};
  for (long i = 0; i < chunks; i++) {
    stamp(chunk, size, UINT64_MAX);
    __wasi_size_t read;
    check("fd_read", __wasi_fd_read(fd, &in, 1, &read));
    if (read != (__wasi_size_t)size) {
      fail("short fd_read", read);
    }
    if (!stamped(chunk, size, (uint64_t)i)) {
      fail("chunk read back wrong", i);
    }
  }
  check("fd_close", __wasi_fd_close(fd));
  free(chunk);
  printf("bulk_rw ok %ld\n", chunks);
  return 0;
}

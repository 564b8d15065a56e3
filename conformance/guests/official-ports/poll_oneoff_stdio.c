/*
 * Port of wasi-testsuite Rust test poll_oneoff_stdio (no preopens).
 * 1. {relative 200 ms monotonic clock, FD_READ on stdin}: at least one event; a CLOCK event
 *    carries SUCCESS and the clock's userdata, an FD_READ event SUCCESS and stdin's userdata;
 *    no other event type.
 * 2. {FD_WRITE on stdout, FD_WRITE on stderr, 200 ms clock}, repeated for the fds still
 *    pending: both writes must be reported (type FD_WRITE, SUCCESS) before the clock ever fires.
 * (The original also prints its pending set to stdout; stdout is not checked, so this port stays quiet.)
 */
#include "wasi4j_test.h"

#define TIMEOUT_NS 200000000ull
#define CLOCK_ID 0x12345678ull
#define STDIN_ID 0x876543210ull

static __wasi_subscription_t clock_sub(void) {
    __wasi_subscription_t s;
    memset(&s, 0, sizeof s);
    s.userdata = CLOCK_ID;
    s.u.tag = __WASI_EVENTTYPE_CLOCK;
    s.u.u.clock.id = __WASI_CLOCKID_MONOTONIC;
    s.u.u.clock.timeout = TIMEOUT_NS;
    s.u.u.clock.precision = 0;
    s.u.u.clock.flags = 0;
    return s;
}

static void test_stdin_read(void) {
    __wasi_subscription_t in[2];
    in[0] = clock_sub();
    memset(&in[1], 0, sizeof in[1]);
    in[1].userdata = STDIN_ID;
    in[1].u.tag = __WASI_EVENTTYPE_FD_READ;
    in[1].u.u.fd_read.file_descriptor = 0;

    __wasi_event_t out[2];
    memset(out, 0, sizeof out);
    __wasi_size_t n = 0;
    CHECK_OK(__wasi_poll_oneoff(in, out, 2, &n));
    CHECKF(n >= 1, "poll_oneoff on stdin/clock returned no event");
    CHECK(n <= 2);
    for (__wasi_size_t i = 0; i < n; i++) {
        if (out[i].type == __WASI_EVENTTYPE_CLOCK) {
            CHECK_ERRNO(out[i].error, __WASI_ERRNO_SUCCESS);
            CHECK_EQ(out[i].userdata, CLOCK_ID);
        } else if (out[i].type == __WASI_EVENTTYPE_FD_READ) {
            CHECK_ERRNO(out[i].error, __WASI_ERRNO_SUCCESS);
            CHECK_EQ(out[i].userdata, STDIN_ID);
        } else {
            FAIL("unexpected event type %u", out[i].type);
        }
    }
}

static void test_stdout_stderr_write(void) {
    int pending[3] = {0, 1, 1}; /* indexed by userdata 1 = stdout, 2 = stderr */
    for (int round = 0; pending[1] || pending[2]; round++) {
        CHECKF(round < 100, "stdout/stderr never both reported writable");
        __wasi_subscription_t in[3];
        __wasi_size_t count = 0;
        for (int ud = 1; ud <= 2; ud++) {
            if (!pending[ud]) continue;
            memset(&in[count], 0, sizeof in[count]);
            in[count].userdata = (__wasi_userdata_t)ud;
            in[count].u.tag = __WASI_EVENTTYPE_FD_WRITE;
            in[count].u.u.fd_write.file_descriptor = (__wasi_fd_t)ud;
            count++;
        }
        in[count++] = clock_sub();

        __wasi_event_t out[3];
        memset(out, 0, sizeof out);
        __wasi_size_t n = 0;
        CHECK_OK(__wasi_poll_oneoff(in, out, count, &n));
        CHECK(n <= count);
        for (__wasi_size_t i = 0; i < n; i++) {
            __wasi_userdata_t ud = out[i].userdata;
            if (ud == CLOCK_ID)
                FAIL("timed out with stdout %s and stderr %s", pending[1] ? "pending" : "done",
                     pending[2] ? "pending" : "done");
            CHECKF((ud == 1 || ud == 2) && pending[ud], "unknown or repeated userdata %llu", (unsigned long long)ud);
            pending[ud] = 0;
            CHECK_EQ(out[i].type, __WASI_EVENTTYPE_FD_WRITE);
            CHECK_ERRNO(out[i].error, __WASI_ERRNO_SUCCESS);
        }
    }
}

int main(void) {
    test_stdin_read();
    test_stdout_stderr_write();
    return 0;
}

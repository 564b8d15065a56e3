/*
 * Never ends: sleeps in poll_oneoff (a host call) over and over, for the runner's
 * timeout test. Interrupting it must end the host call and then the guest.
 */
#include <unistd.h>

int main(void) {
    for (;;) sleep(1000);
}

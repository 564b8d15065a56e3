/*
 * Port of wasi-testsuite AssemblyScript test environ_get-multiple-variables.
 * json env: a=text, b=escap " ing, c=new<LF>line. The environment holds exactly these
 * three "KEY=VALUE" strings (in any order) and nothing inherited from the host.
 */
#include "wasi4j_test.h"

int main(void) {
    __wasi_size_t count = 0, buf_size = 0;
    CHECK_OK(__wasi_environ_sizes_get(&count, &buf_size));
    CHECK_EQ(count, 3);

    uint8_t **env = calloc(count, sizeof *env);
    uint8_t *buf = calloc(buf_size ? buf_size : 1, 1);
    CHECK(env != NULL && buf != NULL);
    CHECK_OK(__wasi_environ_get(env, buf));

    const char *want[] = {"a=text", "b=escap \" ing", "c=new\nline"};
    int found[3] = {0, 0, 0};
    for (__wasi_size_t i = 0; i < count; i++) {
        const char *var = (const char *)env[i];
        int hit = -1;
        for (int j = 0; j < 3; j++)
            if (!found[j] && strcmp(var, want[j]) == 0) hit = j;
        CHECKF(hit >= 0, "unexpected or duplicate environment entry \"%s\"", var);
        found[hit] = 1;
    }
    free(buf);
    free(env);
    return 0;
}

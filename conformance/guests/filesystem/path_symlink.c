/*
 * path_symlink: creates a link whose contents are stored as given (readlink), dangling targets
 * allowed (and usable once the target appears), relative targets with "..", in a subdirectory,
 * through an intermediate symlink; links are not checked at creation but at use (a link climbing
 * out of the directory is created, following it from below fails, from the root works).
 * Errors: PERM for an absolute target ("/", "/etc/passwd"); NOENT for an empty target; EXIST when
 * the new path exists (file, directory, symlink, dangling symlink, ".", also with a trailing
 * slash); NOENT for a missing parent or a trailing slash on a new name; NOTDIR for a file parent;
 * target contents that are not a WASI string: FAULT (outside memory), ILSEQ (not UTF-8), INVAL or
 * ILSEQ (NUL); the common path errors on the new path, NOTCAPABLE without PATH_SYMLINK.
 * Failed calls create nothing. A backend without symlinks answers NOTSUP where creation would
 * succeed; the checks of errors that come first still run.
 */
#include "fs_common.h"

static int op(__wasi_fd_t fd, int32_t p, int32_t n) { return raw_symlink(P("target"), 6, (int32_t)fd, p, n); }

static int target_op(__wasi_fd_t dir, const char *p, size_t n) {
    return raw_symlink(P(p), (int32_t)n, (int32_t)dir, P("new"), 3);
}

int main(void) {
    const char *name = "path_symlink.cleanup";
    __wasi_fd_t dir = fs_scratch(name);
    fs_put(dir, "file", "abc");
    OK(__wasi_path_create_directory(dir, "sub"));

    /* errors that do not depend on symlinks being supported */
    ERR(__wasi_path_symlink("/", dir, "new"), PERM);
    ERR(__wasi_path_symlink("/etc/passwd", dir, "new"), PERM);
    ERR(__wasi_path_symlink("//file", dir, "new"), PERM);
    ERR(__wasi_path_symlink("target", dir, "file"), EXIST);
    ERR(__wasi_path_symlink("target", dir, "sub"), EXIST);
    ERR(__wasi_path_symlink("target", dir, "file/"), EXIST);
    ERR(__wasi_path_symlink("target", dir, "sub/"), EXIST);
    ERR(__wasi_path_symlink("target", dir, "."), EXIST);
    ERR(__wasi_path_symlink("target", dir, "new/"), NOENT);
    ERR(__wasi_path_symlink("target", dir, "missing/new"), NOENT);
    ERR(__wasi_path_symlink("target", dir, "file/new"), NOTDIR);
    ERR(target_op(dir, "", 0), NOENT);
    ERR(target_op(dir, (const char *)(uintptr_t)BAD_PTR, 4), FAULT);
    ERR(target_op(dir, (const char *)(uintptr_t)(mem_end() - 2), 4), FAULT);
    ERR(target_op(dir, "a\xff", 2), ILSEQ);
    ERR2(target_op(dir, "fi\0le", 5), INVAL, ILSEQ);
    T(!fs_exists(dir, "new"));
    FS_PATH_ERRORS(op, dir, R(PATH_SYMLINK), "new");
    T(!fs_exists(dir, "new"));
    EQ(fs_type(dir, "file"), FT_FILE);
    EQ(fs_type(dir, "sub"), FT_DIR);

    if (fs_symlink("later", dir, "link")) {
        char buf[32];
        __wasi_size_t used;
        EQ(fs_type(dir, "link"), FT_LINK);
        OK(__wasi_path_readlink(dir, "link", (uint8_t *)buf, sizeof buf, &used));
        T(used == 5 && memcmp(buf, "later", 5) == 0);
        ERR(__wasi_path_filestat_get(dir, FOLLOW, "link", &(__wasi_filestat_t){0}), NOENT);
        fs_put(dir, "later", "L");
        EQ(fs_stat(dir, "link", FOLLOW).ino, fs_stat(dir, "later", 0).ino);
        __wasi_fd_t fd;
        OK(__wasi_path_open(dir, FOLLOW, "link", 0, R(FD_READ), 0, 0, &fd));
        T(fs_read(fd, buf, sizeof buf) == 1 && buf[0] == 'L');
        OK(__wasi_fd_close(fd));

        /* EXIST for every kind of existing entry, dangling links included */
        ERR(__wasi_path_symlink("x", dir, "link"), EXIST);
        ERR(__wasi_path_symlink("x", dir, "link/"), EXIST);
        OK(__wasi_path_unlink_file(dir, "later"));
        ERR(__wasi_path_symlink("x", dir, "link"), EXIST);
        ERR(__wasi_path_symlink("x", dir, "link/"), EXIST);
        T(!fs_exists(dir, "x"));

        /* in a subdirectory, relative to it; through an intermediate link */
        T(fs_symlink("../file", dir, "sub/up"));
        EQ(fs_stat(dir, "sub/up", FOLLOW).ino, fs_stat(dir, "file", 0).ino);
        T(fs_symlink("sub", dir, "to_sub"));
        T(fs_symlink("up", dir, "to_sub/up2"));
        EQ(fs_type(dir, "sub/up2"), FT_LINK);
        EQ(fs_stat(dir, "sub/up2", FOLLOW).ino, fs_stat(dir, "file", 0).ino);

        /* checked at use, not at creation */
        T(fs_symlink("../../hello.txt", dir, "sub/out"));
        ERR2(__wasi_path_filestat_get(dir, FOLLOW, "sub/out", &(__wasi_filestat_t){0}), PERM, NOTCAPABLE);
        EQ(fs_stat(fs_root, "path_symlink.cleanup/sub/out", FOLLOW).size, 13);
        T(fs_symlink("a/b/../../file", dir, "twisty"));
        ERR(__wasi_path_filestat_get(dir, FOLLOW, "twisty", &(__wasi_filestat_t){0}), NOENT);

        const char *links[] = {"link", "sub/up", "sub/up2", "to_sub", "sub/out", "twisty"};
        for (unsigned i = 0; i < sizeof links / sizeof *links; i++) OK(__wasi_path_unlink_file(dir, links[i]));
    }

    OK(__wasi_path_remove_directory(dir, "sub"));
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}

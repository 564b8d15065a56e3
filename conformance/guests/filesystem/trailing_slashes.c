/*
 * trailing_slashes: every path call with "<name>/" where <name> is a file, a directory, nothing,
 * and (when the backend has symlinks) a symlink to the file, to the directory, and a dangling one.
 * Expected errnos are what Linux gives (checked with the same calls on ext4): a trailing slash
 * requires a directory and follows a final symlink for lookups (stat, set_times, open, readlink),
 * but rmdir, unlink and rename act on the link itself and so give NOTDIR; creating calls (link,
 * symlink) give EXIST for any existing entry and NOENT for a missing one, mkdir creates; open with
 * CREAT is ISDIR. After each successful call the program restores the entries, and it checks that
 * no failed call changed anything (the file, the directory and the symlinks keep their types).
 */
#include "fs_common.h"

static __wasi_fd_t dir;

static int op_mkdir(const char *p) {
    int e = __wasi_path_create_directory(dir, p);
    if (!e) OK(__wasi_path_remove_directory(dir, p));
    return e;
}
static int op_stat(const char *p) { return __wasi_path_filestat_get(dir, 0, p, &(__wasi_filestat_t){0}); }
static int op_times(const char *p) {
    return __wasi_path_filestat_set_times(dir, 0, p, 0, 0, __WASI_FSTFLAGS_MTIM_NOW);
}
static int op_link_old(const char *p) {
    int e = __wasi_path_link(dir, 0, p, dir, "new");
    if (!e) OK(__wasi_path_unlink_file(dir, "new"));
    return e;
}
static int op_link_new(const char *p) { return __wasi_path_link(dir, 0, "file", dir, p); }
static int op_open(const char *p) {
    __wasi_fd_t fd;
    int e = __wasi_path_open(dir, 0, p, 0, 0, 0, 0, &fd);
    if (!e) OK(__wasi_fd_close(fd));
    return e;
}
static int op_creat(const char *p) {
    __wasi_fd_t fd;
    int e = __wasi_path_open(dir, 0, p, O_CREAT, 0, 0, 0, &fd);
    if (!e) OK(__wasi_fd_close(fd));
    return e;
}
static int op_creat_follow(const char *p) {
    __wasi_fd_t fd;
    int e = __wasi_path_open(dir, FOLLOW, p, O_CREAT, 0, 0, 0, &fd);
    if (!e) OK(__wasi_fd_close(fd));
    return e;
}
static int op_readlink(const char *p) {
    char buf[16];
    __wasi_size_t n;
    return __wasi_path_readlink(dir, p, (uint8_t *)buf, sizeof buf, &n);
}
static int op_rmdir(const char *p) {
    int e = __wasi_path_remove_directory(dir, p);
    if (!e) OK(__wasi_path_create_directory(dir, p));
    return e;
}
static int op_rename_old(const char *p) {
    int e = __wasi_path_rename(dir, p, dir, "new");
    if (!e) OK(__wasi_path_rename(dir, "new", dir, p));
    return e;
}
static int op_rename_file(const char *p) { return __wasi_path_rename(dir, "file", dir, p); }
static int op_rename_dir(const char *p) {
    OK(__wasi_path_create_directory(dir, "srcdir"));
    int e = __wasi_path_rename(dir, "srcdir", dir, p);
    if (e) {
        OK(__wasi_path_remove_directory(dir, "srcdir"));
    } else if (strcmp(p, "missing/") == 0) {
        OK(__wasi_path_remove_directory(dir, "missing"));
    }
    return e;
}
static int op_symlink(const char *p) { return __wasi_path_symlink("target", dir, p); }
static int op_unlink(const char *p) { return __wasi_path_unlink_file(dir, p); }

enum { OK_ = 0, EXIST = E(EXIST), NOENT = E(NOENT), NOTDIR = E(NOTDIR), ISDIR = E(ISDIR), PERM = E(PERM), INVAL = E(INVAL) };

static const char *const names[6] = {"file/", "dir/", "missing/", "lf/", "ld/", "dl/"};
static const struct {
    int line;
    int (*op)(const char *);
    unsigned char want[6]; /* file/ dir/ missing/ lf/ ld/ dl/ */
} rows[] = {
    {__LINE__, op_mkdir, {EXIST, EXIST, OK_, EXIST, EXIST, EXIST}},
    {__LINE__, op_stat, {NOTDIR, OK_, NOENT, NOTDIR, OK_, NOENT}},
    {__LINE__, op_times, {NOTDIR, OK_, NOENT, NOTDIR, OK_, NOENT}},
    {__LINE__, op_link_old, {NOTDIR, PERM, NOENT, NOTDIR, PERM, NOENT}},
    {__LINE__, op_link_new, {EXIST, EXIST, NOENT, EXIST, EXIST, EXIST}},
    {__LINE__, op_open, {NOTDIR, OK_, NOENT, NOTDIR, OK_, NOENT}},
    {__LINE__, op_creat, {ISDIR, ISDIR, ISDIR, ISDIR, ISDIR, ISDIR}},
    {__LINE__, op_creat_follow, {ISDIR, ISDIR, ISDIR, ISDIR, ISDIR, ISDIR}},
    {__LINE__, op_readlink, {NOTDIR, INVAL, NOENT, NOTDIR, INVAL, NOENT}},
    {__LINE__, op_rmdir, {NOTDIR, OK_, NOENT, NOTDIR, NOTDIR, NOTDIR}},
    {__LINE__, op_rename_old, {NOTDIR, OK_, NOENT, NOTDIR, NOTDIR, NOTDIR}},
    {__LINE__, op_rename_file, {NOTDIR, NOTDIR, NOTDIR, NOTDIR, NOTDIR, NOTDIR}},
    {__LINE__, op_rename_dir, {NOTDIR, OK_, OK_, NOTDIR, NOTDIR, NOTDIR}},
    {__LINE__, op_symlink, {EXIST, EXIST, NOENT, EXIST, EXIST, EXIST}},
    {__LINE__, op_unlink, {NOTDIR, ISDIR, NOENT, NOTDIR, NOTDIR, NOTDIR}},
};

/* Nothing changed: the entries are still what they were. */
static void unchanged(int line, int links) {
    ck_eq(line, fs_type(dir, "file"), FT_FILE);
    ck_eq(line, fs_type(dir, "dir"), FT_DIR);
    ck_true(line, !fs_exists(dir, "missing") && !fs_exists(dir, "new") && !fs_exists(dir, "target") &&
                      !fs_exists(dir, "nowhere") && !fs_exists(dir, "srcdir"));
    if (links) {
        ck_eq(line, fs_type(dir, "lf"), FT_LINK);
        ck_eq(line, fs_type(dir, "ld"), FT_LINK);
        ck_eq(line, fs_type(dir, "dl"), FT_LINK);
    }
}

static const char *const all[] = {"file", "dir", "missing", "lf", "ld", "dl", "new", "target", "nowhere", "srcdir"};

/* Removes whatever a call may have left and recreates the entries. */
static int reset(int links) {
    for (unsigned i = 0; i < sizeof all / sizeof *all; i++) {
        if (!fs_exists(dir, all[i])) continue;
        if (fs_type(dir, all[i]) == FT_DIR)
            OK(__wasi_path_remove_directory(dir, all[i]));
        else
            OK(__wasi_path_unlink_file(dir, all[i]));
    }
    fs_put(dir, "file", "f");
    OK(__wasi_path_create_directory(dir, "dir"));
    if (links < 0) links = fs_symlink("file", dir, "lf");
    else if (links) T(fs_symlink("file", dir, "lf"));
    if (links) {
        T(fs_symlink("dir", dir, "ld"));
        T(fs_symlink("nowhere", dir, "dl"));
    }
    return links;
}

int main(void) {
    const char *name = "trailing_slashes.cleanup";
    dir = fs_scratch(name);
    int links = reset(-1);

    for (unsigned r = 0; r < sizeof rows / sizeof *rows; r++) {
        for (int k = 0; k < (links ? 6 : 3); k++) {
            int got = rows[r].op(names[k]);
            if (got != rows[r].want[k]) {
                fs_at(rows[r].line);
                fs_s("\"");
                fs_s(names[k]);
                fs_s("\": expected ");
                fs_s(w4j_errno_name(rows[r].want[k]));
                fs_s(", got ");
                fs_s(w4j_errno_name(got));
                fs_die(got);
            }
            unchanged(rows[r].line, links);
            reset(links);
        }
    }
    /* several slashes are one */
    ERR(op_stat("file//"), NOTDIR);
    OK(op_stat("dir///"));
    ERR(op_unlink("file//"), NOTDIR);
    OK(op_rmdir("dir//"));
    unchanged(__LINE__, links);

    if (links) {
        const char *l[] = {"lf", "ld", "dl"};
        for (int i = 0; i < 3; i++) OK(__wasi_path_unlink_file(dir, l[i]));
    }
    OK(__wasi_path_remove_directory(dir, "dir"));
    OK(__wasi_path_unlink_file(dir, "file"));
    fs_scratch_done(dir, name);
    return 0;
}

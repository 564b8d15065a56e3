package dev.wasi4j.internal.abi;

/**
 * WASI preview 1 {@code errno} values ({@code typenames.witx}), as returned by every syscall.
 */
public final class Errno {
  /** No error occurred. System call completed successfully. */
  public static final int SUCCESS = 0;
  /** Argument list too long. */
  public static final int E2BIG = 1;
  /** Permission denied. */
  public static final int EACCES = 2;
  /** Address in use. */
  public static final int EADDRINUSE = 3;
  /** Address not available. */
  public static final int EADDRNOTAVAIL = 4;
  /** Address family not supported. */
  public static final int EAFNOSUPPORT = 5;
  /** Resource unavailable, or operation would block. */
  public static final int EAGAIN = 6;
  /** Connection already in progress. */
  public static final int EALREADY = 7;
  /** Bad file descriptor. */
  public static final int EBADF = 8;
  /** Bad message. */
  public static final int EBADMSG = 9;
  /** Device or resource busy. */
  public static final int EBUSY = 10;
  /** Operation canceled. */
  public static final int ECANCELED = 11;
  /** No child processes. */
  public static final int ECHILD = 12;
  /** Connection aborted. */
  public static final int ECONNABORTED = 13;
  /** Connection refused. */
  public static final int ECONNREFUSED = 14;
  /** Connection reset. */
  public static final int ECONNRESET = 15;
  /** Resource deadlock would occur. */
  public static final int EDEADLK = 16;
  /** Destination address required. */
  public static final int EDESTADDRREQ = 17;
  /** Mathematics argument out of domain of function. */
  public static final int EDOM = 18;
  /** Reserved. */
  public static final int EDQUOT = 19;
  /** File exists. */
  public static final int EEXIST = 20;
  /** Bad address. */
  public static final int EFAULT = 21;
  /** File too large. */
  public static final int EFBIG = 22;
  /** Host is unreachable. */
  public static final int EHOSTUNREACH = 23;
  /** Identifier removed. */
  public static final int EIDRM = 24;
  /** Illegal byte sequence. */
  public static final int EILSEQ = 25;
  /** Operation in progress. */
  public static final int EINPROGRESS = 26;
  /** Interrupted function. */
  public static final int EINTR = 27;
  /** Invalid argument. */
  public static final int EINVAL = 28;
  /** I/O error. */
  public static final int EIO = 29;
  /** Socket is connected. */
  public static final int EISCONN = 30;
  /** Is a directory. */
  public static final int EISDIR = 31;
  /** Too many levels of symbolic links. */
  public static final int ELOOP = 32;
  /** File descriptor value too large. */
  public static final int EMFILE = 33;
  /** Too many links. */
  public static final int EMLINK = 34;
  /** Message too large. */
  public static final int EMSGSIZE = 35;
  /** Reserved. */
  public static final int EMULTIHOP = 36;
  /** Filename too long. */
  public static final int ENAMETOOLONG = 37;
  /** Network is down. */
  public static final int ENETDOWN = 38;
  /** Connection aborted by network. */
  public static final int ENETRESET = 39;
  /** Network unreachable. */
  public static final int ENETUNREACH = 40;
  /** Too many files open in system. */
  public static final int ENFILE = 41;
  /** No buffer space available. */
  public static final int ENOBUFS = 42;
  /** No such device. */
  public static final int ENODEV = 43;
  /** No such file or directory. */
  public static final int ENOENT = 44;
  /** Executable file format error. */
  public static final int ENOEXEC = 45;
  /** No locks available. */
  public static final int ENOLCK = 46;
  /** Reserved. */
  public static final int ENOLINK = 47;
  /** Not enough space. */
  public static final int ENOMEM = 48;
  /** No message of the desired type. */
  public static final int ENOMSG = 49;
  /** Protocol not available. */
  public static final int ENOPROTOOPT = 50;
  /** No space left on device. */
  public static final int ENOSPC = 51;
  /** Function not supported. */
  public static final int ENOSYS = 52;
  /** The socket is not connected. */
  public static final int ENOTCONN = 53;
  /** Not a directory or a symbolic link to a directory. */
  public static final int ENOTDIR = 54;
  /** Directory not empty. */
  public static final int ENOTEMPTY = 55;
  /** State not recoverable. */
  public static final int ENOTRECOVERABLE = 56;
  /** Not a socket. */
  public static final int ENOTSOCK = 57;
  /** Not supported, or operation not supported on socket. */
  public static final int ENOTSUP = 58;
  /** Inappropriate I/O control operation. */
  public static final int ENOTTY = 59;
  /** No such device or address. */
  public static final int ENXIO = 60;
  /** Value too large to be stored in data type. */
  public static final int EOVERFLOW = 61;
  /** Previous owner died. */
  public static final int EOWNERDEAD = 62;
  /** Operation not permitted. */
  public static final int EPERM = 63;
  /** Broken pipe. */
  public static final int EPIPE = 64;
  /** Protocol error. */
  public static final int EPROTO = 65;
  /** Protocol not supported. */
  public static final int EPROTONOSUPPORT = 66;
  /** Protocol wrong type for socket. */
  public static final int EPROTOTYPE = 67;
  /** Result too large. */
  public static final int ERANGE = 68;
  /** Read-only file system. */
  public static final int EROFS = 69;
  /** Invalid seek. */
  public static final int ESPIPE = 70;
  /** No such process. */
  public static final int ESRCH = 71;
  /** Reserved. */
  public static final int ESTALE = 72;
  /** Connection timed out. */
  public static final int ETIMEDOUT = 73;
  /** Text file busy. */
  public static final int ETXTBSY = 74;
  /** Cross-device link. */
  public static final int EXDEV = 75;
  /** Extension: Capabilities insufficient. */
  public static final int ENOTCAPABLE = 76;

  private static final String[] NAMES = {
    "SUCCESS",
    "E2BIG",
    "EACCES",
    "EADDRINUSE",
    "EADDRNOTAVAIL",
    "EAFNOSUPPORT",
    "EAGAIN",
    "EALREADY",
    "EBADF",
    "EBADMSG",
    "EBUSY",
    "ECANCELED",
    "ECHILD",
    "ECONNABORTED",
    "ECONNREFUSED",
    "ECONNRESET",
    "EDEADLK",
    "EDESTADDRREQ",
    "EDOM",
    "EDQUOT",
    "EEXIST",
    "EFAULT",
    "EFBIG",
    "EHOSTUNREACH",
    "EIDRM",
    "EILSEQ",
    "EINPROGRESS",
    "EINTR",
    "EINVAL",
    "EIO",
    "EISCONN",
    "EISDIR",
    "ELOOP",
    "EMFILE",
    "EMLINK",
    "EMSGSIZE",
    "EMULTIHOP",
    "ENAMETOOLONG",
    "ENETDOWN",
    "ENETRESET",
    "ENETUNREACH",
    "ENFILE",
    "ENOBUFS",
    "ENODEV",
    "ENOENT",
    "ENOEXEC",
    "ENOLCK",
    "ENOLINK",
    "ENOMEM",
    "ENOMSG",
    "ENOPROTOOPT",
    "ENOSPC",
    "ENOSYS",
    "ENOTCONN",
    "ENOTDIR",
    "ENOTEMPTY",
    "ENOTRECOVERABLE",
    "ENOTSOCK",
    "ENOTSUP",
    "ENOTTY",
    "ENXIO",
    "EOVERFLOW",
    "EOWNERDEAD",
    "EPERM",
    "EPIPE",
    "EPROTO",
    "EPROTONOSUPPORT",
    "EPROTOTYPE",
    "ERANGE",
    "EROFS",
    "ESPIPE",
    "ESRCH",
    "ESTALE",
    "ETIMEDOUT",
    "ETXTBSY",
    "EXDEV",
    "ENOTCAPABLE",
  };

  private Errno() {}

  /** The symbolic name of {@code errno}, e.g. {@code "ENOENT"}, or its number when unknown. */
  public static String name(int errno) {
    return errno >= 0 && errno < NAMES.length ? NAMES[errno] : Integer.toString(errno);
  }
}

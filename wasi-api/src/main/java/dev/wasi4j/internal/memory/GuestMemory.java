package dev.wasi4j.internal.memory;

import com.dylibso.chicory.runtime.ByteBufferMemory;
import com.dylibso.chicory.runtime.Memory;
import dev.wasi4j.internal.abi.Errno;
import dev.wasi4j.internal.abi.ErrnoException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The guest's linear memory as seen by syscalls: every access is bounds-checked against the memory's
 * current size and fails with {@code EFAULT}, so an out-of-range guest pointer never becomes a Java
 * exception inside the engine.
 *
 * <p>Guest pointers and sizes arrive as {@code long}s holding a wasm {@code i32}; {@link #u32}
 * reinterprets them as the unsigned values the ABI means.
 */
public final class GuestMemory {
  private Memory memory;

  /** Points this view at the memory of the instance making the current call. */
  public void bind(Memory memory) {
    this.memory = memory;
  }

  /** An i32 argument as the unsigned 32-bit value the ABI defines. */
  public static long u32(long arg) {
    return arg & 0xFFFF_FFFFL;
  }

  /** Fails with EFAULT unless {@code [ptr, ptr + len)} lies inside the memory. */
  public void check(long ptr, long len) {
    if (memory == null) {
      throw ErrnoException.of(Errno.EFAULT);
    }
    long size = (long) memory.pages() * Memory.PAGE_SIZE;
    if (ptr < 0 || len < 0 || ptr + len > size) {
      throw ErrnoException.of(Errno.EFAULT);
    }
  }

  public int readI32(long ptr) {
    check(ptr, 4);
    return memory.readInt((int) ptr);
  }

  public long readI64(long ptr) {
    check(ptr, 8);
    return memory.readLong((int) ptr);
  }

  public int readU16(long ptr) {
    check(ptr, 2);
    return (int) memory.readU16((int) ptr);
  }

  public int readU8(long ptr) {
    check(ptr, 1);
    return memory.read((int) ptr) & 0xFF;
  }

  public void writeI64(long ptr, long value) {
    check(ptr, 8);
    memory.writeLong((int) ptr, value);
  }

  public void writeI32(long ptr, int value) {
    check(ptr, 4);
    memory.writeI32((int) ptr, value);
  }

  public void writeI16(long ptr, int value) {
    check(ptr, 2);
    memory.writeShort((int) ptr, (short) value);
  }

  public void writeI8(long ptr, int value) {
    check(ptr, 1);
    memory.writeByte((int) ptr, (byte) value);
  }

  /** Zeroes {@code [ptr, ptr + len)}. */
  public void fill0(long ptr, long len) {
    check(ptr, len);
    memory.fill((byte) 0, (int) ptr, (int) (ptr + len));
  }

  /**
   * Chicory's {@code ByteBufferMemory.pages} (one heap buffer per 64 KiB page), read reflectively
   * so that channels can fill and drain guest memory without a copy; null if unreachable (Chicory
   * on the module path, or another memory implementation), and then bytes are copied.
   */
  private static final MethodHandle PAGES = pagesGetter();

  private static MethodHandle pagesGetter() {
    try {
      Field field = ByteBufferMemory.class.getDeclaredField("pages");
      field.setAccessible(true);
      return MethodHandles.lookup()
          .unreflectGetter(field)
          .asType(MethodType.methodType(ByteBuffer[].class, Memory.class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Buffers over the guest bytes {@code [ptr, ptr + len)}, one per page they span, for scattering
   * and gathering channel I/O straight from guest memory; null when the memory cannot be viewed.
   */
  public ByteBuffer[] views(long ptr, int len) {
    check(ptr, len);
    if (PAGES == null || len == 0 || !(memory instanceof ByteBufferMemory)) {
      return null;
    }
    ByteBuffer[] pages;
    try {
      pages = (ByteBuffer[]) PAGES.invokeExact(memory);
    } catch (Throwable e) {
      return null;
    }
    int first = (int) (ptr >>> 16);
    ByteBuffer[] views = new ByteBuffer[(int) ((ptr + len - 1) >>> 16) - first + 1];
    long at = ptr;
    int left = len;
    for (int i = 0; i < views.length; i++) {
      int offset = (int) (at & (Memory.PAGE_SIZE - 1));
      int n = Math.min(left, Memory.PAGE_SIZE - offset);
      views[i] = pages[first + i].duplicate().position(offset).limit(offset + n);
      at += n;
      left -= n;
    }
    return views;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * Copies guest bytes at {@code ptr} into {@code dst}'s remaining space (a heap buffer), eight at a
   * time: Chicory's Memory reads only into new arrays, and this path must not allocate.
   */
  public void read(long ptr, ByteBuffer dst) {
    int len = dst.remaining();
    check(ptr, len);
    byte[] array = dst.array();
    int off = dst.arrayOffset() + dst.position();
    int at = (int) ptr;
    int end = at + len;
    for (; end - at >= 8; at += 8, off += 8) {
      LONGS.set(array, off, memory.readLong(at));
    }
    for (; at < end; at++, off++) {
      array[off] = memory.read(at);
    }
    dst.position(dst.limit());
  }

  /** Copies {@code src}'s remaining bytes into guest memory at {@code ptr}; consumes {@code src}. */
  public void write(long ptr, ByteBuffer src) {
    int len = src.remaining();
    check(ptr, len);
    if (src.hasArray()) {
      memory.write((int) ptr, src.array(), src.arrayOffset() + src.position(), len);
      src.position(src.limit());
    } else {
      byte[] bytes = new byte[len];
      src.get(bytes);
      memory.write((int) ptr, bytes);
    }
  }

  /** Copies {@code bytes[off, off + len)} into guest memory at {@code ptr}. */
  public void write(long ptr, byte[] bytes, int off, int len) {
    check(ptr, len);
    memory.write((int) ptr, bytes, off, len);
  }

  /**
   * Decodes the UTF-8 string at {@code [ptr, ptr + len)}; fails with EFAULT when out of range and
   * EILSEQ when the bytes are not valid UTF-8.
   */
  public String readString(long ptr, long len) {
    check(ptr, len);
    byte[] bytes = memory.readBytes((int) ptr, (int) len);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw ErrnoException.of(Errno.EILSEQ);
    }
  }
}

package dev.wasi4j.internal.fs;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Synthetic inode numbers for providers that have none: each distinct file identity (its
 * {@code fileKey}, or else its path) gets the next number on first sight and keeps it for the life of
 * its file system.
 */
final class Inodes {
  private final ConcurrentHashMap<Object, Long> numbers = new ConcurrentHashMap<>();
  private final AtomicLong next = new AtomicLong(1);

  long of(Object identity) {
    return numbers.computeIfAbsent(identity, k -> next.getAndIncrement());
  }
}

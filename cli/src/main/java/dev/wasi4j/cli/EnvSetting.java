package dev.wasi4j.cli;

import java.util.Optional;
import java.util.function.UnaryOperator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One {@code --env NAME[=VALUE]}: {@code NAME=VALUE} sets the variable, a bare {@code NAME} passes
 * the host's value of {@code NAME} if the host has one and leaves it unset otherwise (as wasmtime
 * does).
 *
 * @param value the value given, or empty for a bare name
 */
record EnvSetting(String name, Optional<String> value) {

  /** The value the guest gets, looking bare names up with {@code hostEnvironment}. */
  Optional<String> resolve(UnaryOperator<String> hostEnvironment) {
    return value.or(() -> Optional.ofNullable(hostEnvironment.apply(name)));
  }

  /** Parses {@code NAME[=VALUE]}; the name must be non-empty. */
  static final class Converter implements ITypeConverter<EnvSetting> {
    @Override
    public EnvSetting convert(String text) {
      int equals = text.indexOf('=');
      String name = equals < 0 ? text : text.substring(0, equals);
      if (name.isEmpty()) {
        throw new TypeConversionException(
            "'" + text + "' has no variable name; expected NAME=VALUE or NAME");
      }
      return new EnvSetting(
          name, equals < 0 ? Optional.empty() : Optional.of(text.substring(equals + 1)));
    }
  }
}

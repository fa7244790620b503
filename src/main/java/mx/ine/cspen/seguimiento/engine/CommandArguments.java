package mx.ine.cspen.seguimiento.engine;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * The arguments of the engine commands the policy must read to decide (which task, which user,
 * which variables). The engine's command classes keep them in protected fields without getters, so
 * they are read by name; {@code CommandArgumentsTest} fails the build when an upgrade renames one,
 * and an argument that cannot be read makes the policy refuse, never allow.
 */
final class CommandArguments {

  private CommandArguments() {}

  static Optional<String> taskId(Command<?> command) {
    return field(command, "taskId", String.class);
  }

  static Optional<String> userId(Command<?> command) {
    return field(command, "userId", String.class);
  }

  /** The variables a task completion or a form submission carries (none: an empty map). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> taskVariables(Command<?> command) {
    String name =
        command.getClass().getSimpleName().equals("SubmitTaskFormCmd") ? "properties" : "variables";
    return field(command, name, Map.class).map(m -> (Map<String, Object>) m).orElse(Map.of());
  }

  static Optional<ProcessInstantiationBuilderImpl> instantiation(Command<?> command) {
    return field(command, "instantiationBuilder", ProcessInstantiationBuilderImpl.class);
  }

  /** The start form's variables, the definition and the business key of a start form submission. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> startFormVariables(Command<?> command) {
    return field(command, "variables", Map.class)
        .map(m -> (Map<String, Object>) m)
        .orElse(Map.of());
  }

  static Optional<String> processDefinitionId(Command<?> command) {
    return field(command, "processDefinitionId", String.class);
  }

  static Optional<String> businessKey(Command<?> command) {
    return field(command, "businessKey", String.class);
  }

  /**
   * Whether the field exists on the command's class or a superclass, for the test that keeps this
   * class in step with the engine.
   */
  static boolean hasField(Class<?> type, String name) {
    return find(type, name) != null;
  }

  private static <T> Optional<T> field(Command<?> command, String name, Class<T> type) {
    Field field = find(command.getClass(), name);
    if (field == null) {
      throw new UnreadableCommand(command, name);
    }
    try {
      field.setAccessible(true);
      return Optional.ofNullable(type.cast(field.get(command)));
    } catch (IllegalAccessException | RuntimeException e) {
      throw new UnreadableCommand(command, name);
    }
  }

  private static Field find(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    return null;
  }

  /** An argument the policy needs but cannot read: the command is refused. */
  static final class UnreadableCommand extends RuntimeException {
    UnreadableCommand(Command<?> command, String field) {
      super("Cannot read " + field + " of " + command.getClass().getName());
    }
  }
}

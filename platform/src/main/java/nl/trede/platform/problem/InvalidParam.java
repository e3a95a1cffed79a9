package nl.trede.platform.problem;

/** One invalid input field: {@code name} is the JSON property path, {@code reason} the rule it broke. */
public record InvalidParam(String name, String reason) {
}

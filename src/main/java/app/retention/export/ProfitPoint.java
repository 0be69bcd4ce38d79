package app.retention.export;

/** One point of the profit curve: the expected value saved by contacting the top {@code listSize} customers. */
public record ProfitPoint(int listSize, double value) {
}

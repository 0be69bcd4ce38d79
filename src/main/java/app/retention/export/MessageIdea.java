package app.retention.export;

import java.util.List;

/**
 * Message suggestions for customers who share a reason to leave.
 *
 * @param feature   the reason's column
 * @param theme     the reason as a heading ("Long time since the last order")
 * @param customers customers in the segment with this reason
 * @param messages  what to say, one idea per line
 */
public record MessageIdea(String feature, String theme, int customers, List<String> messages) {

    public MessageIdea {
        messages = List.copyOf(messages);
    }
}

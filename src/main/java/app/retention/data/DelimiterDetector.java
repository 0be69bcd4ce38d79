package app.retention.data;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the delimiter (comma, semicolon, tab or pipe) that splits the first lines into the same,
 * largest number of fields.
 */
final class DelimiterDetector {

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int SAMPLE_RECORDS = 50;

    private DelimiterDetector() {
    }

    static char detect(String head) {
        // Drop a last line cut off by the sample's end.
        int lastBreak = head.lastIndexOf('\n');
        String sample = lastBreak > 0 ? head.substring(0, lastBreak) : head;
        char best = ',';
        double bestScore = 0;
        for (char candidate : CANDIDATES) {
            double score = score(sample, candidate);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    /** Consistency of field counts times their number; 0 when the candidate never splits a line. */
    private static double score(String sample, char delimiter) {
        List<Integer> counts = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowExtraCharsAfterClosingQuote(true).ofCsvRecord(sample)) {
            for (CsvRecord record : reader) {
                counts.add(record.getFieldCount());
                if (counts.size() == SAMPLE_RECORDS) {
                    break;
                }
            }
        } catch (RuntimeException | java.io.IOException e) {
            return 0;
        }
        if (counts.isEmpty()) {
            return 0;
        }
        Map<Integer, Integer> frequency = new HashMap<>();
        counts.forEach(c -> frequency.merge(c, 1, Integer::sum));
        Map.Entry<Integer, Integer> mode = frequency.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey())).orElseThrow();
        if (mode.getKey() < 2) {
            return 0;
        }
        double consistency = (double) mode.getValue() / counts.size();
        return consistency * consistency * mode.getKey();
    }
}

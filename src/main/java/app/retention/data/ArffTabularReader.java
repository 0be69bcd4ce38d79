package app.retention.data;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ArffLoader;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Streams an ARFF file with Weka's incremental reader; values are handed on as text to the same inference. */
final class ArffTabularReader implements TabularReader {

    private final Path file;
    private final BufferedReader reader;
    private final ArffLoader.ArffReader arff;
    private final Instances structure;
    private final List<String> header;

    ArffTabularReader(Path file) throws IOException {
        this.file = file;
        this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            this.arff = new ArffLoader.ArffReader(reader, 1000, false);
            this.structure = arff.getStructure();
        } catch (IOException e) {
            reader.close();
            throw new ImportException(file.getFileName() + ": not a valid ARFF header: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // Weka refuses a header it cannot build (two attributes of one name) with an unchecked exception
            reader.close();
            throw new ImportException(file.getFileName() + ": not a valid ARFF header: " + arffProblem(e), e);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < structure.numAttributes(); i++) {
            names.add(structure.attribute(i).name());
        }
        this.header = List.copyOf(names);
        try {
            refuseExtraValues(file, names.size());
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /**
     * Refuses a data line with more values than the header declares, naming it: Weka's reader stops at the last
     * attribute and silently drops the rest of the line, so a shifted row would otherwise import with wrong values
     * and no word. A pass of its own over the data lines (dense lines only; a sparse line names its attributes).
     */
    private static void refuseExtraValues(Path file, int attributes) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            boolean data = false;
            long number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String text = line.strip();
                if (!data) {
                    data = text.regionMatches(true, 0, "@data", 0, 5);
                } else if (!text.isEmpty() && text.charAt(0) != '%' && text.charAt(0) != '{') {
                    int values = values(text);
                    if (values > attributes) {
                        throw new ImportException(file.getFileName() + ", line " + number + ": " + values
                                + " values where the header declares " + attributes + " attributes. Remove the extra "
                                + "values or declare their attributes; nothing was imported.");
                    }
                }
            }
        }
    }

    /** The values of a dense ARFF data line: commas outside quotes, an instance weight ({@code {2.5}}) not one. */
    private static int values(String line) {
        int values = 1;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ',') {
                values++;
                if (line.substring(i + 1).strip().startsWith("{")) {
                    return values - 1;
                }
            }
        }
        return values;
    }

    private static String arffProblem(IllegalArgumentException e) {
        String message = String.valueOf(e.getMessage()).strip();
        int causes = message.indexOf("Causes:");
        if (message.startsWith("Attribute names are not unique") && causes >= 0) {
            return "attribute names must be unique, and " + message.substring(causes + "Causes:".length()).strip()
                    + " appears more than once. Rename one of them.";
        }
        return message;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerLine() {
        return 1;
    }

    @Override
    public RawRecord next() throws IOException {
        Instance instance;
        try {
            instance = arff.readInstance(structure);
        } catch (IOException e) {
            throw new ImportException(file.getFileName() + ", line " + arff.getLineNo() + ": " + e.getMessage(), e);
        }
        if (instance == null) {
            return null;
        }
        List<String> fields = new ArrayList<>(header.size());
        for (int i = 0; i < structure.numAttributes(); i++) {
            Attribute attribute = structure.attribute(i);
            if (attribute.isNumeric() && !instance.isMissing(i) && Double.isInfinite(instance.value(i))) {
                // Weka has already turned the written number (1e309) into infinity: it cannot be stored as written
                throw new ImportException(file.getFileName() + ", line " + arff.getLineNo() + ": attribute `"
                        + attribute.name() + "` holds a number beyond what a number column holds (about ±1.8e308).");
            }
            fields.add(text(instance, attribute, i));
        }
        return new RawRecord(arff.getLineNo(), fields);
    }

    private static String text(Instance instance, Attribute attribute, int index) {
        if (instance.isMissing(index)) {
            return "";
        }
        if (attribute.isNumeric() && !attribute.isDate()) {
            double v = instance.value(index);
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        if (attribute.isDate()) {
            return attribute.formatDate(instance.value(index));
        }
        return instance.stringValue(index);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

package app.retention.export;

import app.retention.segment.Reason;
import app.retention.segment.ScoredCustomer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scored customer written to a temporary file and read back exactly as it was ({@link RankedCustomers}' runs):
 * text as UTF-16 code units (so no character is replaced), numbers as their bits, attributes with their Java type.
 */
final class CustomerRecords {

    private static final byte NULL = 0;
    private static final byte TEXT = 1;
    private static final byte LONG = 2;
    private static final byte DOUBLE = 3;
    private static final byte DATE = 4;
    private static final byte DATE_TIME = 5;
    private static final byte INT = 6;
    private static final byte BOOLEAN = 7;

    private CustomerRecords() {
    }

    static void write(DataOutputStream out, ScoredCustomer c) throws IOException {
        text(out, c.key());
        out.writeDouble(c.probability());
        text(out, c.band());
        out.writeDouble(c.value());
        out.writeInt(c.reasons().size());
        for (Reason r : c.reasons()) {
            text(out, r.feature());
            text(out, r.text());
        }
        out.writeInt(c.attributes().size());
        for (Map.Entry<String, Object> a : c.attributes().entrySet()) {
            text(out, a.getKey());
            value(out, a.getValue());
        }
    }

    static ScoredCustomer read(DataInputStream in) throws IOException {
        String key = text(in);
        double probability = in.readDouble();
        String band = text(in);
        double value = in.readDouble();
        int reasonCount = in.readInt();
        List<Reason> reasons = new ArrayList<>(reasonCount);
        for (int i = 0; i < reasonCount; i++) {
            reasons.add(new Reason(text(in), text(in)));
        }
        int attributeCount = in.readInt();
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < attributeCount; i++) {
            attributes.put(text(in), value(in));
        }
        return new ScoredCustomer(key, probability, band, value, reasons, attributes);
    }

    /** About what a customer takes in the heap: its strings' characters and a word or two per value. */
    static long roughSize(ScoredCustomer c) {
        long size = 160 + 2L * (c.key().length() + c.band().length());
        for (Reason r : c.reasons()) {
            size += 80 + 2L * (r.feature().length() + r.text().length());
        }
        for (Map.Entry<String, Object> a : c.attributes().entrySet()) {
            size += 64 + (a.getValue() instanceof String s ? 2L * s.length() : 0);
        }
        return size;
    }

    private static void value(DataOutputStream out, Object v) throws IOException {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof String s) {
            out.writeByte(TEXT);
            text(out, s);
        } else if (v instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (v instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (v instanceof LocalDate d) {
            out.writeByte(DATE);
            out.writeLong(d.toEpochDay());
        } else if (v instanceof LocalDateTime t) {
            out.writeByte(DATE_TIME);
            text(out, t.toString());
        } else if (v instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (v instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else {
            throw new IllegalArgumentException("A customer attribute of type " + v.getClass().getName()
                    + " cannot be ranked on disk");
        }
    }

    private static Object value(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case TEXT -> text(in);
            case LONG -> in.readLong();
            case DOUBLE -> in.readDouble();
            case DATE -> LocalDate.ofEpochDay(in.readLong());
            case DATE_TIME -> LocalDateTime.parse(text(in));
            case INT -> in.readInt();
            case BOOLEAN -> in.readBoolean();
            default -> throw new IOException("A ranking run is damaged: unknown value tag " + tag);
        };
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        out.writeChars(s);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = in.readChar();
        }
        return new String(chars);
    }
}

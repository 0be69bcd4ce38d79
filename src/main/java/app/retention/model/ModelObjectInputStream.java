package app.retention.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Reads a model's serial stream through {@link ModelStreamFilter}, and counts every list, set and map out in full
 * as soon as it is read: one that holds more than {@link ModelClasses#MAX_EXPANDED_COLLECTION} elements through
 * shared members is refused before a map hashes it (the filter sees each class only once, so it cannot tell).
 */
final class ModelObjectInputStream extends ObjectInputStream {

    private final ModelStreamFilter filter;
    private final Map<Object, Long> expanded = new IdentityHashMap<>();

    ModelObjectInputStream(InputStream in, ModelStreamFilter filter) throws IOException {
        super(in);
        this.filter = filter;
        setObjectInputFilter(filter);
        enableResolveObject(true);
    }

    @Override
    protected Object resolveObject(Object object) throws IOException {
        filter.checkTime();
        if (object instanceof Collection<?> || object instanceof Map<?, ?>) {
            long size = expandedSize(object);
            if (size > ModelClasses.MAX_EXPANDED_COLLECTION) {
                filter.refuseFor("a collection of more than " + ModelStreamFilter.count(
                        ModelClasses.MAX_EXPANDED_COLLECTION) + " elements once its shared members are counted out");
                throw new InvalidObjectException("collection too large when expanded");
            }
            expanded.put(object, size);
        }
        return object;
    }

    /** Members are read before their container, so their own counts are known already. */
    private long expandedSize(Object container) {
        long size = 1;
        Iterable<?> members = container instanceof Map<?, ?> map ? map.entrySet() : (Collection<?>) container;
        for (Object member : members) {
            if (member instanceof Map.Entry<?, ?> entry && container instanceof Map<?, ?>) {
                size += weight(entry.getKey()) + weight(entry.getValue());
            } else {
                size += weight(member);
            }
            if (size > ModelClasses.MAX_EXPANDED_COLLECTION) {
                return size;
            }
        }
        return size;
    }

    private long weight(Object member) {
        return member == null ? 1 : expanded.getOrDefault(member, 1L);
    }
}

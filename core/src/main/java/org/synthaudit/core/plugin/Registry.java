package org.synthaudit.core.plugin;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The plug-ins of one kind, by id, found with {@link ServiceLoader}.
 *
 * @param <T> the plug-in kind
 */
public final class Registry<T extends Plugin> {
    private final String kind;
    private final Map<String, T> byId;

    /**
     * Creates a registry from a list of plug-ins.
     *
     * @param kind the kind, for messages, e.g. {@code generator}
     * @param plugins the plug-ins
     * @throws IllegalStateException if two plug-ins share an id; the message names both classes
     */
    public Registry(String kind, Iterable<? extends T> plugins) {
        this.kind = kind;
        Map<String, T> map = new TreeMap<>();
        for (T plugin : plugins) {
            T previous = map.putIfAbsent(plugin.id(), plugin);
            if (previous != null) {
                throw new IllegalStateException("two " + kind + "s have the id '" + plugin.id()
                        + "': " + previous.getClass().getName() + " and "
                        + plugin.getClass().getName());
            }
        }
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * Finds every plug-in of a kind on the class path.
     *
     * @param kind the kind, for messages
     * @param type the service interface
     * @param <T> the plug-in kind
     * @return the registry
     */
    public static <T extends Plugin> Registry<T> load(String kind, Class<T> type) {
        return new Registry<>(kind, ServiceLoader.load(type, Registry.class.getClassLoader()));
    }

    /**
     * Looks a plug-in up.
     *
     * @param id the id
     * @return the plug-in, or empty
     */
    public Optional<T> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Looks up a plug-in the user named.
     *
     * @param id the id
     * @return the plug-in
     * @throws org.synthaudit.core.InputException naming the id and the known ones
     */
    public T require(String id) {
        T plugin = byId.get(id);
        if (plugin == null) {
            throw new org.synthaudit.core.InputException("unknown " + kind + " '" + id
                    + "'; known: " + String.join(", ", byId.keySet()));
        }
        return plugin;
    }

    /**
     * All plug-ins, sorted by id.
     *
     * @return the plug-ins
     */
    public Collection<T> all() {
        return byId.values();
    }
}

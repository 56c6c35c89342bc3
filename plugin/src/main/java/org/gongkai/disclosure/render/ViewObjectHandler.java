package org.gongkai.disclosure.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.ReflectionObjectHandler;

/**
 * Looks a template's names up in the views as mustache.java's {@link ReflectionObjectHandler} does, with the same
 * members found by the same rules, but without its guards. The reflective handler keeps, for each tag, the look-ups
 * it made for each shape of the scopes, and checks a chain of guards (the number of scopes, the class of each, each
 * map's keys) before it reuses one; on a large site those checks, the lists they allocate and {@code Method.invoke}
 * were half the time of rendering. Here each class's members are found once, by name, and called through a method
 * handle; a tag walks its scopes from the innermost out, as the reflective handler's search does.
 *
 * <p>The rules kept: a map shows its keys and no methods; an {@link java.util.Optional} is its value or nothing; a
 * dotted name is first looked up whole, then part by part, and once its first part is found in a scope the search
 * goes no further out than that scope when a later part is missing, unless the missing part is a middle one.
 */
final class ViewObjectHandler extends ReflectionObjectHandler {

    /** A name that a class does not have. */
    private static final Object MISSING = new Object();
    /** The getter of a member a class does not have. */
    private static final MethodHandle NONE = MethodHandles.constant(Object.class, MISSING);
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** Each class's members by name, found once: a getter, or {@link #NONE}. */
    private final ClassValue<Map<String, MethodHandle>> members = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Binding createBinding(String name, TemplateContext tc, Code code) {
        if (name == null) {
            // A code without a name (text, a partial) never asks; a dynamic name ({{*name}}) that names nothing
            // fails as it does with the reflective handler.
            return super.createBinding(null, tc, code);
        }
        Name whole = new Name(name);
        Name[] parts = null;
        if (name.indexOf('.') >= 0) {
            String[] split = name.split("\\.", -1);
            parts = new Name[split.length];
            for (int i = 0; i < split.length; i++) {
                parts[i] = new Name(split[i]);
            }
        }
        Name[] dotted = parts;
        return scopes -> {
            try {
                return coerce(find(whole, dotted, scopes));
            } catch (MustacheException e) {
                throw e;
            } catch (Throwable e) {
                throw new MustacheException("Error reading " + name, e, tc);
            }
        };
    }

    private Object find(Name whole, Name[] parts, List<Object> scopes) throws Throwable {
        NEXT:
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Object scope = scopes.get(i);
            if (scope == null) {
                continue;
            }
            if (parts == null) {
                Object value = whole.in(scope);
                if (value != MISSING) {
                    return value;
                }
                continue;
            }
            // A dotted name whole is only ever a map's key: no class has a member whose name has a dot.
            Object value = scope instanceof Map || scope instanceof Optional ? whole.in(scope) : MISSING;
            if (value != MISSING) {
                return value;
            }
            Object current = scope;
            int last = parts.length - 1;
            for (int p = 0; p < last; p++) {
                value = parts[p].in(current);
                if (value == MISSING) {
                    continue NEXT;
                }
                current = coerce(value);
                if (current == null) {
                    return null;
                }
            }
            value = parts[last].in(current);
            return value == MISSING ? null : value;
        }
        return null;
    }

    /**
     * One name of one tag, with the getters it has met: a tag sees few classes, so a short list compared by identity
     * is cheaper than the per-class map. The list is replaced, never changed, so threads may share it; one lost in a
     * race is found again.
     */
    private final class Name {
        private static final int KEPT = 8;
        private final String name;
        private volatile Object[] seen = new Object[0]; // class, getter, class, getter...

        Name(String name) {
            this.name = name;
        }

        /** The value of this name in {@code scope}, or {@link #MISSING}. */
        Object in(Object scope) throws Throwable {
            scope = coerce(scope);
            if (scope == null) {
                return MISSING;
            }
            Class<?> type = scope.getClass();
            Object[] known = seen;
            for (int i = 0; i < known.length; i += 2) {
                if (known[i] == type) {
                    MethodHandle getter = (MethodHandle) known[i + 1];
                    return getter == NONE ? MISSING : (Object) getter.invokeExact(scope);
                }
            }
            if (scope instanceof Map<?, ?> map) {
                // Like the reflective handler: a map's keys, never its methods. One look-up when the key has a value.
                Object value = map.get(name);
                return value != null || map.containsKey(name) ? value : MISSING;
            }
            MethodHandle getter = member(type, name);
            if (known.length < 2 * KEPT) {
                Object[] more = Arrays.copyOf(known, known.length + 2);
                more[known.length] = type;
                more[known.length + 1] = getter;
                seen = more;
            }
            return getter == NONE ? MISSING : (Object) getter.invokeExact(scope);
        }
    }

    /** The getter of {@code name} in {@code type}, found once for every tag. */
    private MethodHandle member(Class<?> type, String name) {
        Map<String, MethodHandle> byName = members.get(type);
        MethodHandle getter = byName.get(name);
        if (getter == null) {
            getter = getter(type, name);
            byName.putIfAbsent(name, getter);
        }
        return getter;
    }

    /** The getter of the member the reflective handler would call for {@code name}, or {@link #NONE}. */
    private MethodHandle getter(Class<?> type, String name) {
        AccessibleObject member = findMember(type, name); // made accessible, as the reflective handler calls it
        try {
            if (member instanceof Method method) {
                MethodHandle handle = LOOKUP.unreflect(method);
                if (Modifier.isStatic(method.getModifiers())) {
                    handle = MethodHandles.dropArguments(handle, 0, Object.class); // called on the scope, as by reflection
                }
                return handle.asType(GETTER);
            }
            if (member instanceof Field field) {
                MethodHandle handle = LOOKUP.unreflectGetter(field);
                if (Modifier.isStatic(field.getModifiers())) {
                    handle = MethodHandles.dropArguments(handle, 0, Object.class);
                }
                return handle.asType(GETTER);
            }
        } catch (IllegalAccessException e) {
            throw new MustacheException("Cannot read " + name + " of " + type.getName(), e);
        }
        return NONE;
    }
}

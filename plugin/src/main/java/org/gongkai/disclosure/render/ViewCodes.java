package org.gongkai.disclosure.render;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.DefaultCode;
import com.github.mustachejava.codes.DefaultMustache;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.PartialCode;
import com.github.mustachejava.codes.ValueCode;
import com.github.mustachejava.codes.WriteCode;

/**
 * The theme's values and sections as mustache.java runs them, with a few shortcuts. mustache.java asks of every
 * value and section whether it is a {@link Function} or a {@link Callable} (a lambda section), and the views never
 * are: a value is nearly always a {@link String}, a section a record, a list or a boolean. With the quick compiler
 * the projects' JVM options choose, each of those questions about an interface is a walk of the class's interfaces,
 * twice per tag on every page. A value that is a string is written at once, and a label's ({@code page.t.*}), one of
 * a few strings on every page, from the bytes it had the last time. A section remembers the last class it met that is
 * neither, and asks no more of that class; one over a view that every page of a language shares writes the bytes it
 * wrote for it before ({@link SectionMemo}). The template's own text after each of these codes (and at the start of a
 * template, and after a partial) goes to a page's buffer as bytes encoded once ({@link TemplateText}). A template runs
 * its codes through the class they extend, not the interface ({@link Body}). Everything else goes the way mustache.java
 * goes.
 */
final class ViewCodes {

    private ViewCodes() {
    }

    /** The visitor that builds the theme's templates with these codes. */
    static MustacheVisitor visitor(DefaultMustacheFactory factory) {
        return new DefaultMustacheVisitor(factory) {
            @Override
            public void value(TemplateContext tc, String variable, boolean encoded) {
                list.add(new Value(tc, df, variable, encoded));
            }

            @Override
            public void iterable(TemplateContext tc, String variable, Mustache mustache) {
                list.add(new Section(tc, df, mustache, variable));
            }

            @Override
            public void notIterable(TemplateContext tc, String variable, Mustache mustache) {
                list.add(new InvertedSection(tc, df, mustache, variable));
            }

            @Override
            public void partial(TemplateContext tc, String variable, String indent) {
                // As mustache.java's visitor makes it: a partial's tags are always {{ }}.
                list.add(new Partial(new TemplateContext("{{", "}}", tc.file(), tc.line(), tc.startOfLine()), df,
                        variable));
            }

            @Override
            public Mustache mustache(TemplateContext tc) {
                return new Body(tc, df, list.toArray(new Code[0]), tc.file());
            }

            @Override
            public void write(TemplateContext tc, String text) {
                if (list.isEmpty() && !text.isEmpty()) {
                    list.add(new Text(tc, df, text));
                } else {
                    super.write(tc, text);
                }
            }
        };
    }

    /**
     * A template, or the body of a section: its codes run through the class each of them extends. mustache.java calls
     * each code through the {@link Code} interface, and a call through an interface that many classes implement
     * searches the class's interfaces each time under the quick compiler; a call through the class looks its method up
     * in a table.
     */
    static final class Body extends DefaultMustache {
        Body(TemplateContext tc, DefaultMustacheFactory df, Code[] codes, String name) {
            super(tc, df, codes, name);
        }

        @Override
        public Writer run(Writer writer, List<Object> scopes) {
            Code[] codes = getCodes();
            if (codes != null) {
                for (Code code : codes) {
                    writer = code instanceof DefaultCode known ? known.execute(writer, scopes)
                            : code.execute(writer, scopes);
                }
            }
            return writer;
        }
    }

    /** True when a section's value is a lambda section, which mustache.java runs in its own way. */
    private static boolean isLambda(Object value) {
        return value instanceof Function || value instanceof Callable;
    }

    /** {@code {{name}}} and {@code {{{name}}}}. */
    static final class Value extends ValueCode {
        private final TemplateText text = new TemplateText();
        /** For a label ({@code page.t.*}), the same string on every page of a language: its bytes, written once. */
        private final RepeatedText label;

        Value(TemplateContext tc, DefaultMustacheFactory df, String variable, boolean encoded) {
            super(tc, df, variable, encoded);
            label = variable.startsWith("page.t.") ? new RepeatedText() : null;
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            try {
                Object value = get(scopes);
                if (value instanceof String text) {
                    if (label == null || !(writer instanceof PageBuffer page) || !label.wrote(page, text)) {
                        execute(writer, text);
                    }
                } else if (value instanceof Function<?, ?> function) {
                    handleFunction(writer, function, scopes);
                } else if (value instanceof Callable<?> callable) {
                    return handleCallable(writer, callable, scopes);
                } else if (value != null) {
                    execute(writer, oh.stringify(value));
                }
                return appendText(run(writer, scopes));
            } catch (Exception e) {
                throw new MustacheException("Failed to get value for " + name, e, tc);
            }
        }

        @Override
        protected Writer appendText(Writer writer) {
            return text.wrote(writer, appended) ? writer : super.appendText(writer);
        }

        /**
         * A value's bytes kept by the identity of its string, for a tag whose value is one of a few strings on every
         * page: a label. A tag whose strings keep changing stops keeping them.
         */
        private final class RepeatedText {
            private static final int KEPT = 4;
            private volatile Encoded[] known = new Encoded[0];

            private record Encoded(String text, byte[] bytes) {
            }

            /** Writes {@code value} as the tag writes it, from the bytes of the last time; false to write it anew. */
            boolean wrote(PageBuffer page, String value) throws IOException {
                Encoded[] strings = known;
                for (Encoded met : strings) {
                    if (met.text() == value) {
                        page.writeUtf8(met.bytes());
                        return true;
                    }
                }
                if (strings.length == KEPT || !page.settled()) {
                    return false;
                }
                int start = page.size();
                Value.this.execute(page, value);
                if (page.settled()) {
                    Encoded[] more = Arrays.copyOf(strings, strings.length + 1);
                    more[strings.length] = new Encoded(value, page.copySince(start));
                    known = more; // another thread's string lost in a race is encoded again
                }
                return true;
            }
        }
    }

    /** The text a template starts with. */
    static final class Text extends WriteCode {
        private final TemplateText text = new TemplateText();

        Text(TemplateContext tc, DefaultMustacheFactory df, String text) {
            super(tc, df, text);
        }

        @Override
        protected Writer appendText(Writer writer) {
            return text.wrote(writer, appended) ? writer : super.appendText(writer);
        }
    }

    /** {@code {{>name}}}. */
    static final class Partial extends PartialCode {
        private final TemplateText text = new TemplateText();

        Partial(TemplateContext tc, DefaultMustacheFactory df, String variable) {
            super(tc, df, variable);
        }

        @Override
        protected Writer appendText(Writer writer) {
            return text.wrote(writer, appended) ? writer : super.appendText(writer);
        }
    }

    /**
     * The last class of value a section met that is not a lambda section. Threads rendering at once may only make it
     * forget a class, never mistake one.
     */
    private static final class PlainClass {
        private volatile Class<?> plain;

        /** True when {@code value} is of the class remembered, so not a lambda section. */
        boolean knows(Object value) {
            return value != null && value.getClass() == plain;
        }

        void learn(Object value) {
            if (value != null && !isLambda(value)) {
                plain = value.getClass();
            }
        }
    }

    /** {@code {{#name}}}: over a view the pages share, what it wrote before ({@link SectionMemo}). */
    static final class Section extends IterableCode implements SectionMemo.Body {
        private final PlainClass plain = new PlainClass();
        private final TemplateText text = new TemplateText();
        private final SectionMemo memo = new SectionMemo();

        Section(TemplateContext tc, DefaultMustacheFactory df, Mustache mustache, String variable) {
            super(tc, df, mustache, variable);
        }

        @Override
        protected Writer handle(Writer writer, Object resolved, List<Object> scopes) {
            return resolved instanceof Views.Shared shared && writer instanceof PageBuffer page
                    ? memo.write(page, shared, scopes, this) : body(writer, resolved, scopes);
        }

        @Override
        public Writer body(Writer writer, Object resolved, List<Object> scopes) {
            if (plain.knows(resolved)) {
                return execute(writer, resolved, scopes);
            }
            plain.learn(resolved);
            return super.handle(writer, resolved, scopes);
        }

        @Override
        protected Writer appendText(Writer writer) {
            return text.wrote(writer, appended) ? writer : super.appendText(writer);
        }
    }

    /** {@code {{^name}}}. */
    static final class InvertedSection extends NotIterableCode {
        private final PlainClass plain = new PlainClass();
        private final TemplateText text = new TemplateText();

        InvertedSection(TemplateContext tc, DefaultMustacheFactory df, Mustache mustache, String variable) {
            super(tc, df, mustache, variable);
        }

        @Override
        protected Writer handle(Writer writer, Object resolved, List<Object> scopes) {
            if (plain.knows(resolved)) {
                return execute(writer, resolved, scopes);
            }
            plain.learn(resolved);
            return super.handle(writer, resolved, scopes);
        }

        @Override
        protected Writer appendText(Writer writer) {
            return text.wrote(writer, appended) ? writer : super.appendText(writer);
        }
    }
}

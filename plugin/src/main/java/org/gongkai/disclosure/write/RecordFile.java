package org.gongkai.disclosure.write;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The binary form of the files a build keeps about itself in the work folder: its format's name, then counts, texts,
 * numbers and presence flags in the order their owner writes them, then the format's name again, so that a file cut
 * short is told from a whole one. A text is its length in UTF-8 bytes (-1 for none) and those bytes; an amount is its
 * exact decimal text. Every count and length is checked against what is left of the file before anything is
 * allocated: a damaged file is an {@link IOException}, never an allocation of its claimed size.
 */
public final class RecordFile {

    /** Longer than any amount a declaration can state: a damaged file's digits are not parsed. */
    private static final int MAX_DECIMAL = 100;

    private RecordFile() {
    }

    /** Writes to a file of its own beside {@code file}, moved over it when finished: a reader never sees half of it. */
    public static Writer create(Path file, String format) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Writer writer = new Writer(file, temporary, format);
        writer.string(format);
        return writer;
    }

    /** Reads a whole file of this {@code format}; another format, or a file that is not one, is an IOException. */
    public static Reader open(Path file, String format) throws IOException {
        Reader reader = new Reader(ByteBuffer.wrap(Files.readAllBytes(file)), format);
        if (!format.equals(reader.string())) {
            throw new IOException("Not a record of " + format + ": " + file);
        }
        return reader;
    }

    public static final class Writer implements AutoCloseable {
        private final Path file;
        private final Path temporary;
        private final String format;
        private final DataOutputStream out;

        private Writer(Path file, Path temporary, String format) throws IOException {
            this.file = file;
            this.temporary = temporary;
            this.format = format;
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16));
        }

        public void string(String text) throws IOException {
            if (text == null) {
                out.writeInt(-1);
                return;
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        public void count(int count) throws IOException {
            out.writeInt(count);
        }

        public void integer(int value) throws IOException {
            out.writeInt(value);
        }

        public void number(long value) throws IOException {
            out.writeLong(value);
        }

        /** An amount, exactly as it is held (null for none). */
        public void decimal(BigDecimal value) throws IOException {
            string(value == null ? null : value.toString());
        }

        /** Writes a part of a record read before ({@link Reader#since}) exactly as it was. */
        public void raw(Part part) throws IOException {
            out.write(part.bytes, part.offset, part.length);
        }

        /** Writes whether what follows is there, and returns it, for {@code if (out.present(x != null)) {...}}. */
        public boolean present(boolean present) throws IOException {
            out.writeBoolean(present);
            return present;
        }

        /** Ends the file and puts it in place of the last one. */
        public void finish() throws IOException {
            string(format);
            out.close();
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        /** Without {@link #finish()}, e.g. on a failure while writing, the last file stays and this one is dropped. */
        @Override
        public void close() throws IOException {
            out.close();
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A stretch of a record as it was read, to be written again unchanged ({@link Writer#raw}) rather than encoded a
     * second time from what was read of it. It shares the bytes of the file read.
     */
    public static final class Part {
        /** The file's bytes as read, shared and never handed out: only a writer copies them. */
        private final byte[] bytes;
        private final int offset;
        private final int length;

        private Part(byte[] bytes, int offset, int length) {
            this.bytes = bytes;
            this.offset = offset;
            this.length = length;
        }
    }

    public static final class Reader {
        private final ByteBuffer data;
        private final String format;

        private Reader(ByteBuffer data, String format) {
            this.data = data;
            this.format = format;
        }

        public String string() throws IOException {
            int length = integer();
            if (length == -1) {
                return null;
            }
            if (length < 0 || length > data.remaining()) {
                throw new IOException("Damaged record: a text of " + length + " bytes");
            }
            String text = new String(data.array(), data.position(), length, StandardCharsets.UTF_8);
            data.position(data.position() + length);
            return text;
        }

        /** A text that every whole record has: none (a length of -1) is a damaged record. */
        public String required() throws IOException {
            String text = string();
            if (text == null) {
                throw new IOException("Damaged record: a text missing");
            }
            return text;
        }

        /** A count of things that follow, each at least a byte long. */
        public int count() throws IOException {
            int count = integer();
            if (count < 0 || count > data.remaining()) {
                throw new IOException("Damaged record: a count of " + count);
            }
            return count;
        }

        public int integer() throws IOException {
            try {
                return data.getInt();
            } catch (BufferUnderflowException e) {
                throw new IOException("Damaged record: cut short", e);
            }
        }

        public long number() throws IOException {
            try {
                return data.getLong();
            } catch (BufferUnderflowException e) {
                throw new IOException("Damaged record: cut short", e);
            }
        }

        public BigDecimal decimal() throws IOException {
            String text = string();
            if (text != null && text.length() > MAX_DECIMAL) {
                throw new IOException("Damaged record: an amount of " + text.length() + " characters");
            }
            BigDecimal value;
            try {
                value = text == null ? null : new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new IOException("Damaged record: an amount of " + text.length() + " characters", e);
            }
            // A few characters can state a number of millions of digits (1E+99999999): scaling it to cents would
            // take minutes. No amount written has an exponent, so its scale is small.
            if (value != null && Math.abs(value.scale()) > MAX_DECIMAL) {
                throw new IOException("Damaged record: an amount of scale " + value.scale());
            }
            return value;
        }

        public boolean present() throws IOException {
            try {
                return data.get() != 0;
            } catch (BufferUnderflowException e) {
                throw new IOException("Damaged record: cut short", e);
            }
        }

        /** Where the reader is, for {@link #since}. */
        public int position() {
            return data.position();
        }

        /** What was read from {@code position} (an earlier {@link #position()}) to here. */
        public Part since(int position) {
            if (position < 0 || position > data.position()) {
                throw new IllegalArgumentException("Not a position read: " + position);
            }
            // The buffer wraps the whole array read (see open), so a position in it is an index in the array.
            return new Part(data.array(), position, data.position() - position);
        }

        /** Checks that the file ends here, with its format's name: one cut short or run on is damaged. */
        public void end() throws IOException {
            if (!format.equals(string()) || data.hasRemaining()) {
                throw new IOException("Damaged record: no end");
            }
        }
    }
}

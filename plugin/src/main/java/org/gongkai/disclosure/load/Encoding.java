package org.gongkai.disclosure.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.model.SourcePosition;

/**
 * Explains a file that is not UTF-8. Budget staff on Windows often save GBK (the "ANSI" of a Chinese
 * Windows), so when the bytes read as GB18030 the message says so.
 */
final class Encoding {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private Encoding() {
    }

    static Diagnostic notUtf8(byte[] bytes, int offset, String displayPath) {
        int bad = firstMalformed(bytes, offset);
        SourcePosition at = positionOf(bytes, offset, bad, displayPath);
        if (readsAs(GB18030, bytes, offset)) {
            return Diagnostic.error("encoding", at, "file.gbk");
        }
        return Diagnostic.error("encoding", at, "file.notUtf8", String.format("0x%02X", bytes[bad] & 0xFF));
    }

    /** Index of the first byte where UTF-8 decoding fails. */
    private static int firstMalformed(byte[] bytes, int offset) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length - 1;
    }

    /** Line and column of byte {@code index}, counting the valid UTF-8 characters before it. */
    private static SourcePosition positionOf(byte[] bytes, int offset, int index, String displayPath) {
        String before = new String(bytes, offset, Math.max(0, index - offset), StandardCharsets.UTF_8);
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new SourcePosition(displayPath, line, column);
    }

    private static boolean readsAs(Charset charset, byte[] bytes, int offset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

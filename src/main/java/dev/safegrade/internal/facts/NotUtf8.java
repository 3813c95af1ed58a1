package dev.safegrade.internal.facts;

import dev.safegrade.InputProblem;
import dev.safegrade.internal.json.JsonLocator;
import dev.safegrade.internal.json.TextPlaces;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A document whose bytes are not UTF-8 (facts-v1 is UTF-8): where the first such byte is, and how to convert the
 * file. Chinese fact files saved by older tools are usually GBK.
 */
final class NotUtf8 {
    private NotUtf8() {
    }

    /** @param pointer where the parser was in the document when it met the byte, or null */
    static InputProblem problem(byte[] bytes, String source, int firstLine, String pointer) {
        int offset = firstMalformed(bytes);
        if (offset < 0) {
            return new InputProblem(source, firstLine, 1, pointer, "UTF-8 text (facts-v1 is UTF-8)", "text in another encoding (it starts like UTF-16 or UTF-32)",
                    "convert the file to UTF-8, e.g. iconv -f UTF-16 -t UTF-8 in.json > out.json");
        }
        // The bytes before the first malformed one are UTF-8, so the column counts characters as an editor does.
        JsonLocator.Location at = TextPlaces.of(bytes).at(offset);
        String found = String.format("the byte 0x%02X (byte offset %d of the document), which is not UTF-8", bytes[offset] & 0xff, offset);
        String hint = readsAs(bytes, "GBK") ? "the text reads as GBK; convert the file to UTF-8: iconv -f GBK -t UTF-8 in.json > out.json"
                : "convert the file to UTF-8 from the encoding it was saved in, e.g. iconv -f GBK -t UTF-8 in.json > out.json";
        return new InputProblem(source, at.line() + firstLine - 1, at.column(), pointer, "UTF-8 text (facts-v1 is UTF-8)", found, hint);
    }

    /**
     * The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1: what the JDK's strict
     * decoder refuses (a stray continuation byte, a truncated sequence, an overlong form such as C0 AF, a surrogate,
     * a code point past U+10FFFF). The JSON parser lets overlong forms and F5–F7 lead bytes through; every document is
     * checked by this too, so that a batch line and a file are refused alike.
     */
    static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        return decoder.decode(in, out, true).isError() ? in.position() : -1;
    }

    private static boolean readsAs(byte[] bytes, String charset) {
        try {
            Charset.forName(charset).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return false;
        }
    }
}

package org.synthaudit.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.synthaudit.core.InputException;

/** Reads a whole file as UTF-8 text, with one-line messages for every way that can fail. */
final class TextFiles {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TextFiles() {
    }

    /**
     * Reads a file as UTF-8, skipping a byte-order mark. A file that ends its lines with a bare
     * carriage return only has them turned into line feeds.
     *
     * @param file the file
     * @return its text
     * @throws InputException if the file is missing, a directory, unreadable, empty or not UTF-8
     */
    static String read(Path file) {
        if (Files.isDirectory(file)) {
            throw new InputException(file + ": is a directory, expected a CSV file");
        }
        if (!Files.exists(file)) {
            throw new InputException(file + ": file not found");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new InputException(file + ": cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getClass().getSimpleName()
                    + ")", e);
        }
        if (bytes.length == 0) {
            throw new InputException(file + ": file is empty (0 bytes), expected a header line");
        }

        String text = decode(file, bytes);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.indexOf('\n') < 0 && text.indexOf('\r') >= 0) {
            text = text.replace('\r', '\n');
        }
        return text;
    }

    private static String decode(Path file, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new InputException(file + ": is UTF-16 encoded; save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);

        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new InputException(String.format("%s, line %d: not valid UTF-8 (byte 0x%02X at"
                    + " byte offset %d); save the file as UTF-8", file, lineOf(bytes, offset),
                    bytes[offset] & 0xff, offset));
        }
        return out.flip().toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}

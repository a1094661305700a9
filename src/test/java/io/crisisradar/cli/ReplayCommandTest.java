package io.crisisradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ReplayCommandTest {

    @Test
    void splitsLinesWithoutDecodingSoInvalidBytesReachTheJobUnchanged() throws IOException {
        byte[] invalidUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        byte[] input = new byte[invalidUtf8.length + 8];
        System.arraycopy(invalidUtf8, 0, input, 0, invalidUtf8.length);
        byte[] rest = {'\r', '\n', '{', '}', '\n', '\n', 'x', 'y'};
        System.arraycopy(rest, 0, input, invalidUtf8.length, rest.length);
        InputStream in = new ByteArrayInputStream(input);

        assertThat(ReplayCommand.nextLine(in)).isEqualTo(invalidUtf8);
        assertThat(ReplayCommand.nextLine(in)).isEqualTo(new byte[] {'{', '}'});
        assertThat(ReplayCommand.nextLine(in)).isEmpty();
        assertThat(ReplayCommand.nextLine(in))
                .as("a last line without a line break")
                .isEqualTo(new byte[] {'x', 'y'});
        assertThat(ReplayCommand.nextLine(in)).isNull();
    }
}

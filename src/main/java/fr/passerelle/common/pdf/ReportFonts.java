package fr.passerelle.common.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts of the PDF reports, embedded (subsets) so that every reader shows the same letters: DejaVu Sans for the
 * text, Noto Emoji for the emoji and symbols it lacks. A character no font has is shown as U+FFFD, never dropped.
 */
public final class ReportFonts {
    private static final String DIRECTORY = "/fonts/";
    private static final int EMOJI_SUBSETS = 11;
    private static final char MISSING = '\uFFFD';

    /** Read once: each document embeds the subset of glyphs it uses. */
    public static final ReportFonts FONTS = new ReportFonts();

    private final BaseFont regular;
    private final BaseFont bold;
    private final List<BaseFont> emoji = new ArrayList<>();

    private ReportFonts() {
        regular = font("DejaVuSans.ttf");
        bold = font("DejaVuSans-Bold.ttf");
        for (int n = 0; n < EMOJI_SUBSETS; n++) {
            emoji.add(font("noto-emoji/NotoEmoji-" + n + ".ttf"));
        }
    }

    /** A text style: size, weight and colour. */
    public record Style(float size, boolean strong, Color color) {}

    /** The text as a phrase, each character in the first font that has it. */
    public Phrase phrase(String text, Style style) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(style.strong() ? bold : regular, style.size(), Font.NORMAL, style.color()));
        emoji.forEach(font -> selector.addFont(new Font(font, style.size(), Font.NORMAL, style.color())));
        Phrase phrase = selector.process(shown(text == null ? "" : text));
        phrase.setLeading(style.size() * 1.3f);
        return phrase;
    }

    /** The text with what no font can draw replaced by U+FFFD; invisible joiners and selectors left out. */
    private String shown(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            if (point == '\n' || regular.charExists(point) || emoji.stream().anyMatch(font -> font.charExists(point))) {
                shown.appendCodePoint(point);
            } else if (!invisible(point)) {
                shown.append(MISSING);
            }
        });
        return shown.toString();
    }

    private static boolean invisible(int point) {
        int type = Character.getType(point);
        return type == Character.FORMAT
                || type == Character.NON_SPACING_MARK
                || type == Character.CONTROL
                || (point >= 0xFE00 && point <= 0xFE0F);
    }

    private static BaseFont font(String file) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + file);
            }
            BaseFont font =
                    BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            font.setIncludeCidSet(false); // optional, and PDF/UA refuses one that lists only the subset's glyphs
            return font;
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }
}

package fr.passerelle.programmes.internal;

import fr.passerelle.common.pdf.ReportFonts.Style;
import java.awt.Color;

/** The lettering of the programmes' PDF reports (activity and funder reports alike): titles in the network's green. */
final class ReportStyles {

    static final Color GREEN = new Color(0x2f, 0x5d, 0x4a);
    static final Style TITLE = new Style(20, true, GREEN);
    static final Style SUBTITLE = new Style(11, false, Color.DARK_GRAY);
    static final Style HEADING = new Style(13, true, GREEN);
    static final Style BODY = new Style(10, false, Color.BLACK);
    static final Style STRONG = new Style(10, true, Color.BLACK);
    static final Style SMALL = new Style(8, false, Color.DARK_GRAY);

    private ReportStyles() {}
}

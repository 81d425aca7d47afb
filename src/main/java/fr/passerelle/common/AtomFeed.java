package fr.passerelle.common;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom feed (RFC 4287) written element by element: the feed opens on creation, {@link #entry()} and {@link #end()}
 * open and close an entry, {@link #finish()} gives the document. A module's feed writes what is its own (a category,
 * a content) through {@link #xml()}.
 */
public final class AtomFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    /** Opens the feed, in the given language ({@code xml:lang}) unless it is null. */
    public AtomFeed(String language) throws XMLStreamException {
        xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        if (language != null) {
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
        }
    }

    /** An element holding a text; null writes it empty. */
    public AtomFeed element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
        return this;
    }

    /** A date element ({@code updated}, {@code published}) in UTC; null is now. */
    public AtomFeed date(String name, OffsetDateTime at) throws XMLStreamException {
        return element(
                name,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        (at == null ? OffsetDateTime.now() : at).withOffsetSameInstant(ZoneOffset.UTC)));
    }

    /** A link; its media type is left out when null. */
    public AtomFeed link(String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeAttribute("href", href);
        return this;
    }

    public AtomFeed author(String name) throws XMLStreamException {
        xml.writeStartElement("author");
        element("name", name);
        xml.writeEndElement();
        return this;
    }

    /** Opens an entry, closed by {@link #end()}. */
    public AtomFeed entry() throws XMLStreamException {
        xml.writeStartElement("entry");
        return this;
    }

    public AtomFeed end() throws XMLStreamException {
        xml.writeEndElement();
        return this;
    }

    /** The writer, for what a feed writes of its own. */
    public XMLStreamWriter xml() {
        return xml;
    }

    /** Closes the feed and gives the document. */
    public String finish() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }
}

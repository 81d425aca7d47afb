package fr.passerelle.testing;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Atom feeds checked as a third party checks them: Jing, the RELAX NG validator, against the schema of RFC 4287's
 * Appendix B ({@code src/test/resources/atom/atom.rnc}).
 */
public final class AtomFeeds {

    private AtomFeeds() {}

    /** What the schema finds wrong in the feed, one line each (line, column, message); empty for a valid feed. */
    public static List<String> problems(String feed) {
        List<String> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException problem) {}

            @Override
            public void error(SAXParseException problem) {
                problems.add(describe(problem));
            }

            @Override
            public void fatalError(SAXParseException problem) {
                problems.add(describe(problem));
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        try {
            InputSource schema = new InputSource(
                    AtomFeeds.class.getResource("/atom/atom.rnc").toExternalForm());
            if (!driver.loadSchema(schema)) {
                throw new IllegalStateException("RFC 4287's schema did not load: " + problems);
            }
            driver.validate(new InputSource(new StringReader(feed)));
        } catch (SAXException | IOException unreadable) {
            problems.add(unreadable.getMessage());
        }
        return problems;
    }

    private static String describe(SAXParseException problem) {
        return problem.getLineNumber() + ":" + problem.getColumnNumber() + " " + problem.getMessage();
    }
}

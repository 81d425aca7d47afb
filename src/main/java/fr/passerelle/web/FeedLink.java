package fr.passerelle.web;

/**
 * A feed a page offers to readers and calendars (an Atom feed of offers, the agenda in iCalendar), announced in the
 * page's {@code <head>} as {@code <link rel="alternate">}: a controller puts a list of them in its model as
 * {@code feedLinks}.
 *
 * @param type its media type
 * @param titleKey the message key of its title
 * @param path its address on the site, with its query
 */
public record FeedLink(String type, String titleKey, String path) {

    public static FeedLink atom(String titleKey, String path) {
        return new FeedLink("application/atom+xml", titleKey, path);
    }

    public static FeedLink calendar(String titleKey, String path) {
        return new FeedLink("text/calendar", titleKey, path);
    }
}

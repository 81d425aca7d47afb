package fr.passerelle.directory.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a search's words against the words of every entry's name (table {@code search_word}) so
 * that a misspelt word also finds the names spelt alike: "epicrie" finds "Épicerie".
 */
@Component
@RequiredArgsConstructor
class Spellings {

    // The lateral join probes the word list's key once per word (an "exists" here was planned
    // as a hash of the whole list).
    private static final String SPELLINGS =
            """
            select t.token, t.token !~ '[a-z]' or known.word is not null as known,
                   array(select w.word from search_word w where known.word is null and w.word % t.token
                         order by w.word <-> t.token, w.word limit 3) as alike
            from regexp_split_to_table(search_normalize(:text), ' ') with ordinality as t(token, n)
            left join lateral (select w.word from search_word w where w.word = t.token limit 1) known on true
            where length(t.token) >= 3 order by t.n
            """;

    private final JdbcClient jdbc;

    /**
     * Searches whose every word is a known word. Words are never forgotten, so this stays true;
     * searches with unknown words are read again, as names added since may now hold them.
     */
    private final Cache<String, Boolean> allKnown = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    /**
     * The unknown words of the search with the known words spelt alike, as a to_tsquery
     * expression ("(epicrie | epicerie) & solidaire"); null when there is nothing to correct.
     */
    String corrections(String text) {
        if (text.isEmpty() || allKnown.getIfPresent(text) != null) {
            return null;
        }
        List<Spelling> spellings = jdbc.sql(SPELLINGS)
                .param("text", text)
                .query((rs, n) -> new Spelling(rs.getString("token"), rs.getBoolean("known"), List.of((String[])
                        rs.getArray("alike").getArray())))
                .list();
        if (spellings.stream().allMatch(Spelling::known)) {
            allKnown.put(text, Boolean.TRUE);
            return null;
        }
        if (spellings.stream().allMatch(spelling -> spelling.alike().isEmpty())) {
            return null;
        }
        return String.join(" & ", spellings.stream().map(Spelling::term).toList());
    }

    /** A word of the search, made only of letters and digits, and the known words spelt alike. */
    private record Spelling(String token, boolean known, List<String> alike) {
        String term() {
            return alike.isEmpty() ? token : "(" + token + " | " + String.join(" | ", alike) + ")";
        }
    }
}

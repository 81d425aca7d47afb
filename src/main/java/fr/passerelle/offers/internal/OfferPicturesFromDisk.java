package fr.passerelle.offers.internal;

import fr.passerelle.common.database.DiskFiles;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start, moves into {@code offer_picture} the pictures that versions before V49 kept under the data folder
 * ({@code offers/<offer id>}), for the offers that have a picture and none in the database yet, each in one statement
 * that does nothing once another instance has taken it in. The pictures an instance does not hold wait for the
 * instance that does.
 */
@Component
public class OfferPicturesFromDisk extends DiskFiles {

    OfferPicturesFromDisk(JdbcClient jdbc, @Value("${passerelle.data-dir}") Path dataDir) {
        super(jdbc, dataDir.resolve("offers"));
    }

    @Override
    protected List<String> waiting() {
        return jdbc.sql(
                        """
                        select o.id::text from offer o
                        where o.picture_type is not null
                          and not exists (select 1 from offer_picture p where p.offer_id = o.id)
                        """)
                .query(String.class)
                .list();
    }

    @Override
    protected boolean take(String offerId, byte[] content) {
        return jdbc.sql(
                                """
                                insert into offer_picture (offer_id, content)
                                select id, :content from offer where id = cast(:id as uuid) and picture_type is not null
                                on conflict (offer_id) do nothing
                                """)
                        .param("id", offerId)
                        .param("content", content)
                        .update()
                == 1;
    }
}

package org.opencoi.certificate.domain;

import java.util.List;
import java.util.Optional;
import org.opencoi.shared.domain.NaicCode;

/** Where insurers and their ratings are kept, by NAIC code. */
public interface InsurerRepository {

    List<Insurer> all();

    Optional<Insurer> find(NaicCode naicCode);

    void add(Insurer insurer);
}

/** Technical groundwork every context relies on: the schema migrations and the demo data of the embedded default. */
package org.opencoi.shared.infrastructure;

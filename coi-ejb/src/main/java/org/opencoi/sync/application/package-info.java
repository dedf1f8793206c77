/**
 * The vendor sync service ERP adapters (REST, SOAP, file drop) call, and the records it takes and answers
 * with; one behaviour whichever way a record arrives.
 */
package org.opencoi.sync.application;

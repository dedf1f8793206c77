package org.opencoi.sync.erp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jws.WebService;
import java.util.List;
import org.jboss.ws.api.annotation.AuthMethod;
import org.jboss.ws.api.annotation.EndpointConfig;
import org.jboss.ws.api.annotation.WebContext;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.integration.CamelBootstrap;
import org.opencoi.sync.application.SyncResult;
import org.opencoi.sync.erp.generated.RecordResult;
import org.opencoi.sync.erp.generated.Vendor;
import org.opencoi.sync.erp.generated.VendorNotFound;
import org.opencoi.sync.erp.generated.VendorRecord;
import org.opencoi.sync.erp.generated.VendorSync;
import org.opencoi.vendor.application.VendorView;

/**
 * The VendorSync SOAP service ERP systems call, implemented from its WSDL (contract first) and served
 * at /coi-ws/VendorSync. Callers authenticate with HTTP Basic as ERP systems (role INTEGRATION) or
 * admins; the WSDL itself is public. Requests are validated against the contract's schema before they
 * arrive here. The endpoint only translates: requests become routes' messages, their answers become the
 * contract's types, and a missing vendor becomes the declared VendorNotFound fault.
 */
@Stateless
@WebService(
        serviceName = "VendorSyncService",
        portName = "VendorSyncPort",
        targetNamespace = "urn:opencoi:sync:vendor:1",
        endpointInterface = "org.opencoi.sync.erp.generated.VendorSync",
        wsdlLocation = "META-INF/wsdl/VendorSync.wsdl")
@WebContext(contextRoot = "/coi-ws", urlPattern = "/VendorSync", authMethod = AuthMethod.BASIC, secureWSDLAccess = false)
@EndpointConfig(configFile = "META-INF/jaxws-endpoint-config.xml", configName = "contract-first")
@RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
// No transaction here: each route's service call is one, which the upsert route applies again after a
// collision with another sync (see VendorSyncRoute).
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VendorSyncEndpoint implements VendorSync {

    @EJB
    CamelBootstrap camel;

    @Override
    public Vendor findVendor(String sourceSystem, String externalId) throws VendorNotFound {
        VendorKey key = VendorTranslator.toKey(sourceSystem, externalId);
        VendorView found = camel.request(VendorLookupRoute.URI, key, VendorView.class);
        if (found == null) {
            throw VendorTranslator.vendorNotFound(key);
        }
        return VendorTranslator.toVendor(found);
    }

    @Override
    public List<RecordResult> upsertVendors(String sourceSystem, List<VendorRecord> vendors) {
        List<?> results = camel.request(VendorSyncRoute.UPSERT_URI, VendorTranslator.toBatch(sourceSystem, vendors), List.class);
        return VendorTranslator.toResults(results.stream().map(SyncResult.class::cast).toList());
    }

    @Override
    public RecordResult deactivateVendor(String sourceSystem, String externalId, long version) throws VendorNotFound {
        VendorKey key = VendorTranslator.toKey(sourceSystem, externalId);
        try {
            return VendorTranslator.toResult(camel.request(VendorSyncRoute.DEACTIVATE_URI,
                    new VendorDeactivation(key, version), SyncResult.class));
        } catch (NotFoundException e) {
            throw VendorTranslator.vendorNotFound(key);
        }
    }
}

package vn.hocvuso.nid.admin;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hocvuso.nid.citizen.CitizenNotFoundException;
import vn.hocvuso.nid.citizen.CitizenRegistry;
import vn.hocvuso.nid.citizen.InvalidCitizenException;

/**
 * The operators' API over the citizen registry. Citizens are addressed by their internal id; the
 * ID number only ever travels in a request body.
 */
@RestController
@RequestMapping("/admin/citizens")
class CitizenAdminController {

    private final CitizenRegistry registry;

    CitizenAdminController(CitizenRegistry registry) {
        this.registry = registry;
    }

    @PostMapping
    ResponseEntity<CitizenView> create(@RequestBody CreateCitizenRequest request) {
        CitizenView created = CitizenView.of(registry.register(request.toNewCitizen()));
        return ResponseEntity.created(URI.create("/admin/citizens/" + created.id()))
                .body(created);
    }

    @GetMapping
    CitizenPageView list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return CitizenPageView.of(registry.list(page, size));
    }

    @GetMapping("/{id}")
    CitizenView get(@PathVariable UUID id) {
        return CitizenView.of(registry.find(id));
    }

    @PostMapping("/search")
    CitizenView search(@RequestBody CitizenSearchRequest request) {
        if (request.nationalId() == null) {
            throw new InvalidCitizenException("nationalId is missing");
        }
        return registry.findByNationalId(request.nationalId())
                .map(CitizenView::of)
                .orElseThrow(CitizenNotFoundException::byNationalId);
    }

    @PostMapping("/{id}/suspend")
    CitizenView suspend(@PathVariable UUID id) {
        return CitizenView.of(registry.suspend(id));
    }

    @PostMapping("/{id}/reinstate")
    CitizenView reinstate(@PathVariable UUID id) {
        return CitizenView.of(registry.reinstate(id));
    }

    @PutMapping("/{id}/assurance-level")
    CitizenView changeAssuranceLevel(@PathVariable UUID id, @RequestBody AssuranceLevelRequest request) {
        if (request.assuranceLevel() == null) {
            throw new InvalidCitizenException("assuranceLevel is missing");
        }
        return CitizenView.of(registry.changeAssuranceLevel(id, request.assuranceLevel()));
    }
}

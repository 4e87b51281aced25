package vn.hocvuso.nid.admin;

/** Body of {@code PUT /admin/citizens/{id}/assurance-level}: {@code {"assuranceLevel": 2}}. */
record AssuranceLevelRequest(Integer assuranceLevel) {}

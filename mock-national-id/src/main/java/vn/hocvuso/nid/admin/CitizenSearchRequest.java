package vn.hocvuso.nid.admin;

/**
 * Body of {@code POST /admin/citizens/search}: the ID number travels in the body, never in a URL,
 * where logs and proxies would keep it.
 */
record CitizenSearchRequest(String nationalId) {

    @Override
    public String toString() {
        return "CitizenSearchRequest[hidden]";
    }
}

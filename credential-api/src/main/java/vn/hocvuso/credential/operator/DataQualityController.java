package vn.hocvuso.credential.operator;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The operators' data-quality view: {@code GET /operator/data-quality} (page) and its JSON twin. */
@Controller
class DataQualityController {

    private final DataQuality dataQuality;

    DataQualityController(DataQuality dataQuality) {
        this.dataQuality = dataQuality;
    }

    @GetMapping("/operator/data-quality")
    String page(Model model) {
        model.addAttribute("report", dataQuality.report());
        return "operator/data-quality";
    }

    @GetMapping("/api/v1/operator/data-quality")
    @ResponseBody
    ResponseEntity<DataQualityReport> json() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(dataQuality.report());
    }
}
